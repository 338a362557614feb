package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.util.HashMap;
import java.util.Map;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusMessage;
import org.springframework.stereotype.Component;

/**
 * 1520: no two children in the return share a UPN. The DfE checks it over the whole return; each child
 * holding a shared UPN is reported, so each can be corrected on its own record.
 */
@Component
class Rule1520 implements CensusRule {

    @Override
    public String code() {
        return "1520";
    }

    @Override
    public String message() {
        return "More than one record with the same UPN";
    }

    @Override
    public void checkMessage(CensusMessage message, RuleContext context, Problems problems) {
        Map<String, Integer> counts = new HashMap<>();
        for (CensusChild child : message.children()) {
            String upn = child.identifiers().upn();
            if (UpnFormat.present(upn)) {
                counts.merge(upn, 1, Integer::sum);
            }
        }
        for (CensusChild child : message.children()) {
            String upn = child.identifiers().upn();
            if (UpnFormat.present(upn) && counts.get(upn) > 1) {
                problems.report(this, child, CensusModule.CHILD_IDENTIFIERS, null, of("UPN", upn));
            }
        }
    }
}

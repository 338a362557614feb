package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.util.HashSet;
import java.util.Set;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusMessage;
import org.springframework.stereotype.Component;

/** 2887Q: over the whole return, more than seven different disability codes are used (NONE aside). */
@Component
class Rule2887Q implements CensusRule {

    @Override
    public String code() {
        return "2887Q";
    }

    @Override
    public String message() {
        return "Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return";
    }

    @Override
    public void checkMessage(CensusMessage message, RuleContext context, Problems problems) {
        Set<String> codes = new HashSet<>();
        for (CensusChild child : message.children()) {
            if (child.characteristics() == null) {
                continue;
            }
            for (String code : child.characteristics().disabilities()) {
                if (code != null && !code.isBlank() && !code.equals("NONE")) {
                    codes.add(code);
                }
            }
        }
        if (codes.size() <= 7) {
            problems.reportHeader(this, of("Disability", codes.size() + " different codes used"));
        }
    }
}

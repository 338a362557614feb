package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.util.HashSet;
import java.util.Set;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusMessage;
import org.springframework.stereotype.Component;

/**
 * 2888Q: over the whole return, at least one child with a disability has more than one disability
 * recorded. A return with no disabled child is not queried: there is no one to record more for.
 */
@Component
class Rule2888Q implements CensusRule {

    @Override
    public String code() {
        return "2888Q";
    }

    @Override
    public String message() {
        return "Please check and either amend or provide a reason: Only one disability code is recorded per child and multiple disabilities should be recorded where possible.";
    }

    @Override
    public void checkMessage(CensusMessage message, RuleContext context, Problems problems) {
        int withDisability = 0;
        for (CensusChild child : message.children()) {
            if (child.characteristics() == null) {
                continue;
            }
            Set<String> codes = new HashSet<>();
            for (String code : child.characteristics().disabilities()) {
                if (code != null && !code.isBlank() && !code.equals("NONE")) {
                    codes.add(code);
                }
            }
            if (codes.size() > 1) {
                return;
            }
            if (!codes.isEmpty()) {
                withDisability++;
            }
        }
        if (withDisability > 0) {
            problems.reportHeader(this, of("Disability", withDisability + " children with one code each"));
        }
    }
}

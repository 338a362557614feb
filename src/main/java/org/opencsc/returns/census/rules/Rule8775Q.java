package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.time.LocalDate;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/**
 * 8775Q: a child born more than 25 years before the reference date whose episode is still
 * open, or closed after their 25th birthday.
 */
@Component
class Rule8775Q implements CensusRule {

    @Override
    public String code() {
        return "8775Q";
    }

    @Override
    public String message() {
        return "Please check: Child is over 25 years old";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        LocalDate birth = child.identifiers().personBirthDate();
        if (!CensusDates.before(birth, context.referenceDate().minusYears(25))) {
            return;
        }
        LocalDate twentyFifthBirthday = birth.plusYears(25);
        for (CinDetails episode : child.cinDetails()) {
            LocalDate closed = episode.cinClosureDate();
            if (closed == null || closed.isAfter(twentyFifthBirthday)) {
                problems.report(this, child, CensusModule.CHILD_IDENTIFIERS, null, of("PersonBirthDate", birth),
                        of("CINclosureDate", closed));
                return;
            }
        }
    }
}

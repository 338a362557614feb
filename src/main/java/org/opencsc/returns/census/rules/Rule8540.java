package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.util.List;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/**
 * 8540: a born child with at least one referral that led to further action has one or more
 * disability codes (NONE when none), all valid.
 */
@Component
class Rule8540 implements CensusRule {

    @Override
    public String code() {
        return "8540";
    }

    @Override
    public String message() {
        return "Child’s disability is missing or invalid (see Disability table)";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        if (child.identifiers().personBirthDate() == null || !hasFurtherAction(child)) {
            return;
        }
        List<String> disabilities = child.characteristics() == null ? List.of()
                : child.characteristics().disabilities();
        if (disabilities.isEmpty()) {
            problems.report(this, child, CensusModule.CHILD_CHARACTERISTICS, null, of("Disability", null));
            return;
        }
        for (String disability : disabilities) {
            if (disability == null || !CensusCodes.DISABILITIES.contains(disability)) {
                problems.report(this, child, CensusModule.CHILD_CHARACTERISTICS, null, of("Disability", disability));
            }
        }
    }

    private static boolean hasFurtherAction(CensusChild child) {
        for (CinDetails episode : child.cinDetails()) {
            if (Boolean.FALSE.equals(episode.referralNfa())) {
                return true;
            }
        }
        return false;
    }
}

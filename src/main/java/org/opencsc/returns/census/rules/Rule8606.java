package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.time.LocalDate;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/** 8606: no referral more than 280 days (40 weeks) before the date of birth or expected date of birth. */
@Component
class Rule8606 implements CensusRule {

    private static final int PREGNANCY_DAYS = 280;

    @Override
    public String code() {
        return "8606";
    }

    @Override
    public String message() {
        return "Child referral date is more than 40 weeks before DOB or expected DOB";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        var ids = child.identifiers();
        LocalDate fromBirth = ids.personBirthDate() == null ? null : ids.personBirthDate().minusDays(PREGNANCY_DAYS);
        LocalDate fromExpected = ids.expectedPersonBirthDate() == null ? null
                : ids.expectedPersonBirthDate().minusDays(PREGNANCY_DAYS);
        for (CinDetails episode : child.cinDetails()) {
            LocalDate referred = episode.cinReferralDate();
            if (CensusDates.before(referred, fromBirth) || CensusDates.before(referred, fromExpected)) {
                problems.report(this, child, CensusModule.CIN_DETAILS, episode.sourceId(),
                        of("CINreferralDate", referred), of("PersonBirthDate", ids.personBirthDate()),
                        of("ExpectedPersonBirthDate", ids.expectedPersonBirthDate()));
            }
        }
    }
}

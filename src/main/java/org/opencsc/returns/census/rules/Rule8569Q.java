package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.time.LocalDate;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/**
 * 8569Q: a referral made before the working day preceding the collection start cannot be a
 * no-further-action referral in this year's return.
 */
@Component
class Rule8569Q implements CensusRule {

    @Override
    public String code() {
        return "8569Q";
    }

    @Override
    public String message() {
        return "A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        LocalDate limit = CensusDates.workingDaysBefore(context.workingDays(), context.collectionStart(), 1);
        for (CinDetails episode : child.cinDetails()) {
            if (Boolean.TRUE.equals(episode.referralNfa()) && CensusDates.before(episode.cinReferralDate(), limit)) {
                problems.report(this, child, CensusModule.CIN_DETAILS, episode.sourceId(),
                        of("CINreferralDate", episode.cinReferralDate()), of("ReferralNFA", episode.referralNfa()));
            }
        }
    }
}

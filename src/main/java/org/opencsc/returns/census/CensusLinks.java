package org.opencsc.returns.census;

import org.opencsc.returns.census.rules.CensusModule;
import org.opencsc.returns.census.rules.CensusProblem;

/**
 * Where in OpenCSC a census problem is fixed: the page of the record the failing module came
 * from. Null for the header and for data read from a file that no person has been matched to.
 */
public final class CensusLinks {

    private CensusLinks() {
    }

    public static String pageFor(CensusProblem problem) {
        return pageFor(problem.module(), problem.personId(), problem.sourceId());
    }

    public static String pageFor(CensusModule module, Long personId, Long sourceId) {
        if (personId == null) {
            return null;
        }
        String record = "/people/" + personId;
        return switch (module) {
            case HEADER -> null;
            case CHILD_IDENTIFIERS, CHILD_CHARACTERISTICS -> record + "/census-details";
            // The record's summary lists each referral with its closure; /referrals/{id} is only the API's.
            case CIN_DETAILS -> record;
            case ASSESSMENTS -> sourceId == null ? record + "/assessments-and-protection" : "/assessments/" + sourceId;
            case CIN_PLAN_DATES -> sourceId == null ? record + "/plans" : "/child-plans/" + sourceId;
            case SECTION_47, CHILD_PROTECTION_PLANS -> record + "/assessments-and-protection";
            // the pre-proceedings page (issue 13's shared name), from the pre_proceedings row exported
            case PRE_PROCEEDINGS -> sourceId == null ? record + "/assessments-and-protection"
                    : record + "/pre-proceedings/" + sourceId;
        };
    }
}

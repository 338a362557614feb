package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.time.LocalDate;
import java.time.Month;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/**
 * 8770Q: a child of school age with a referral that led to further action has a UPN, or a
 * valid reason it is unknown other than UN1 ("not of school age"). School age as the DfE's
 * rule counts it: four by the 31 August after the reference date (born on or before 31 August
 * of the reference year minus four), so starting reception that September at the latest.
 */
@Component
class Rule8770Q implements CensusRule {

    @Override
    public String code() {
        return "8770Q";
    }

    @Override
    public String message() {
        return "Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        var ids = child.identifiers();
        LocalDate birth = ids.personBirthDate();
        if (birth == null || (ids.upn() != null && !ids.upn().isBlank()) || !hasFurtherAction(child)) {
            return;
        }
        LocalDate schoolAgeBornBy = LocalDate.of(context.referenceDate().getYear() - 4, Month.AUGUST, 31);
        String reason = ids.upnUnknown();
        boolean explained = reason != null && CensusCodes.UPN_UNKNOWN_REASONS.contains(reason)
                && !CensusCodes.UPN_NOT_SCHOOL_AGE.equals(reason);
        if (!birth.isAfter(schoolAgeBornBy) && !explained) {
            problems.report(this, child, CensusModule.CHILD_IDENTIFIERS, null, of("UPN", ids.upn()),
                    of("UPNunknown", reason), of("PersonBirthDate", birth));
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

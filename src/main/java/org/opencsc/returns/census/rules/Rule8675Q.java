package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.time.LocalDate;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.Section47;
import org.springframework.stereotype.Component;

/**
 * 8675Q: an S47 with no initial conference yet, and a conference still required, should not
 * have started before the reference date minus 15 working days (the conference is due within
 * 15 working days).
 */
@Component
class Rule8675Q implements CensusRule {

    private static final int ICPC_WORKING_DAYS = 15;

    @Override
    public String code() {
        return "8675Q";
    }

    @Override
    public String message() {
        return "Please check: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        LocalDate limit = null;
        for (CinDetails episode : child.cinDetails()) {
            for (Section47 s47 : episode.section47s()) {
                if (s47.dateOfInitialCpc() != null || !Boolean.FALSE.equals(s47.icpcNotRequired())
                        || s47.actualStartDate() == null) {
                    continue;
                }
                if (limit == null) {
                    limit = CensusDates.workingDaysBefore(context.workingDays(), context.referenceDate(),
                            ICPC_WORKING_DAYS);
                }
                if (s47.actualStartDate().isBefore(limit)) {
                    problems.report(this, child, CensusModule.SECTION_47, s47.sourceId(),
                            of("S47ActualStartDate", s47.actualStartDate()), of("DateOfInitialCPC", null),
                            of("ICPCnotRequired", s47.icpcNotRequired()), of("ReferenceDate", context.referenceDate()));
                }
            }
        }
    }
}

package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.Section47;
import org.springframework.stereotype.Component;

/** 8870Q: the target date for the initial conference is not a Saturday or Sunday. */
@Component
class Rule8870Q implements CensusRule {

    @Override
    public String code() {
        return "8870Q";
    }

    @Override
    public String message() {
        return "Please check: The Target Date for Initial Child Protection Conference should not be a weekend";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            for (Section47 enquiry : episode.section47s()) {
                if (isWeekend(enquiry.initialCpcTarget())) {
                    problems.report(this, child, CensusModule.SECTION_47, enquiry.sourceId(),
                            of("InitialCPCtarget", enquiry.initialCpcTarget()));
                }
            }
        }
    }

    static boolean isWeekend(LocalDate day) {
        return day != null && (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
    }
}

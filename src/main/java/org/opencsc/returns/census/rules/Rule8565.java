package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.time.LocalDate;
import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.opencsc.returns.census.Section47;
import org.springframework.stereotype.Component;

/**
 * 8565: a closed episode shows no activity after its closure date: assessment start and
 * authorisation, S47 start, initial conference, CP plan end and CIN plan start and end are all
 * on or before it. Each late item is reported on the record it is in.
 */
@Component
class Rule8565 implements CensusRule {

    @Override
    public String code() {
        return "8565";
    }

    @Override
    public String message() {
        return "Activity shown after a case has been closed";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            LocalDate closed = episode.cinClosureDate();
            if (closed == null) {
                continue;
            }
            if (CensusDates.after(episode.dateOfInitialCpc(), closed)) {
                report(child, problems, CensusModule.CIN_DETAILS, episode.sourceId(), closed, "DateOfInitialCPC",
                        episode.dateOfInitialCpc());
            }
            for (Assessment a : episode.assessments()) {
                if (CensusDates.after(a.actualStartDate(), closed)) {
                    report(child, problems, CensusModule.ASSESSMENTS, a.sourceId(), closed, "AssessmentActualStartDate",
                            a.actualStartDate());
                }
                if (CensusDates.after(a.authorisationDate(), closed)) {
                    report(child, problems, CensusModule.ASSESSMENTS, a.sourceId(), closed,
                            "AssessmentAuthorisationDate", a.authorisationDate());
                }
            }
            for (Section47 s47 : episode.section47s()) {
                if (CensusDates.after(s47.actualStartDate(), closed)) {
                    report(child, problems, CensusModule.SECTION_47, s47.sourceId(), closed, "S47ActualStartDate",
                            s47.actualStartDate());
                }
                if (CensusDates.after(s47.dateOfInitialCpc(), closed)) {
                    report(child, problems, CensusModule.SECTION_47, s47.sourceId(), closed, "DateOfInitialCPC",
                            s47.dateOfInitialCpc());
                }
            }
            for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
                if (CensusDates.after(plan.endDate(), closed)) {
                    report(child, problems, CensusModule.CHILD_PROTECTION_PLANS, plan.sourceId(), closed, "CPPendDate",
                            plan.endDate());
                }
            }
            for (CinPlanDates plan : episode.cinPlanDates()) {
                if (CensusDates.after(plan.startDate(), closed)) {
                    report(child, problems, CensusModule.CIN_PLAN_DATES, plan.sourceId(), closed, "CINPlanStartDate",
                            plan.startDate());
                }
                if (CensusDates.after(plan.endDate(), closed)) {
                    report(child, problems, CensusModule.CIN_PLAN_DATES, plan.sourceId(), closed, "CINPlanEndDate",
                            plan.endDate());
                }
            }
        }
    }

    private void report(CensusChild child, Problems problems, CensusModule module, Long sourceId, LocalDate closed,
            String item, LocalDate value) {
        problems.report(this, child, module, sourceId, of("CINclosureDate", closed), of(item, value));
    }
}

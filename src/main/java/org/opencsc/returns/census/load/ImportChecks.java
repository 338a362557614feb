package org.opencsc.returns.census.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.opencsc.returns.census.Section47;

/**
 * What a file must give for OpenCSC to hold it as records, checked before anything is written.
 * These are not the DfE rules (which never block an import: the report shows them, to be fixed
 * in OpenCSC) but what the records cannot be without: a referral has a date, a source and a
 * primary need; an assessment is not authorised before it started; a child has one open plan.
 */
final class ImportChecks {

    private ImportChecks() {
    }

    static List<ImportProblem> check(List<CensusChild> children) {
        List<ImportProblem> problems = new ArrayList<>();
        for (CensusChild c : children) {
            String id = c.laChildId();
            if (id == null || id.isBlank()) {
                problems.add(ImportProblem.ofChild(null, "A child has no LAchildID"));
                continue;
            }
            Set<java.time.LocalDate> openPlans = new HashSet<>();
            for (CinDetails cd : c.cinDetails()) {
                if (cd.cinReferralDate() == null) {
                    problems.add(ImportProblem.ofChild(id, "A CINdetails has no CINreferralDate"));
                    continue;
                }
                String episode = "The referral of " + cd.cinReferralDate();
                if (cd.referralSource() == null) {
                    problems.add(ImportProblem.ofChild(id, episode + " has no ReferralSource"));
                }
                if (cd.cinClosureDate() != null && cd.cinClosureDate().isBefore(cd.cinReferralDate())) {
                    problems.add(ImportProblem.ofChild(id, episode + " closes before it starts (CINclosureDate "
                            + cd.cinClosureDate() + ")"));
                }
                for (Assessment a : cd.assessments()) {
                    if (a.actualStartDate() == null) {
                        problems.add(ImportProblem.ofChild(id, episode + " has an assessment with no AssessmentActualStartDate"));
                    } else if (a.authorisationDate() != null && a.authorisationDate().isBefore(a.actualStartDate())) {
                        problems.add(ImportProblem.ofChild(id, episode + " has an assessment authorised on "
                                + a.authorisationDate() + ", before it started on " + a.actualStartDate()));
                    }
                }
                for (Section47 s : cd.section47s()) {
                    if (s.actualStartDate() == null) {
                        problems.add(ImportProblem.ofChild(id, episode + " has a Section47 with no S47ActualStartDate"));
                    }
                }
                for (CinPlanDates p : cd.cinPlanDates()) {
                    if (p.startDate() == null) {
                        problems.add(ImportProblem.ofChild(id, episode + " has CINPlanDates with no CINPlanStartDate"));
                    }
                }
                for (ChildProtectionPlan p : cd.childProtectionPlans()) {
                    if (p.startDate() == null || p.initialCategoryOfAbuse() == null) {
                        problems.add(ImportProblem.ofChild(id, episode + " has a child protection plan with no CPPstartDate"
                                + " or InitialCategoryOfAbuse"));
                        continue;
                    }
                    if (p.endDate() != null && p.endDate().isBefore(p.startDate())) {
                        problems.add(ImportProblem.ofChild(id, episode + " has a child protection plan that ends ("
                                + p.endDate() + ") before it starts (" + p.startDate() + ")"));
                    }
                    if (p.endDate() == null) {
                        openPlans.add(p.startDate());
                    }
                }
            }
            if (openPlans.size() > 1) {
                problems.add(ImportProblem.ofChild(id, "The child has " + openPlans.size()
                        + " child protection plans with no end date; OpenCSC holds one open plan per child"));
            }
        }
        return problems;
    }
}

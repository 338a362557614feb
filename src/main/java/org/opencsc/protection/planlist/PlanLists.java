package org.opencsc.protection.planlist;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.security.Role;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * Lists of open plans for oversight: plans open 12 months or more go to a 12-month panel, and
 * plans over 2 years and repeat plans are key figures. Each user sees only the children their
 * role's scope lets them see (restricted records included only for the named users).
 */
@NamedInterface("plan-lists")
@Service
public class PlanLists {

    private final PlanListRepository plans;
    private final AccessPolicy access;
    private final Clock clock;

    PlanLists(PlanListRepository plans, AccessPolicy access, Clock clock) {
        this.plans = plans;
        this.access = access;
        this.clock = clock;
    }

    /** Inspectors read every record that is not restricted, so they see the lists an inspection asks for too. */
    public static boolean canSee(Role role) {
        return role == Role.TEAM_MANAGER || role == Role.CONFERENCE_CHAIR || role == Role.SENIOR_LEADER
                || role == Role.QA_AUDITOR || role == Role.INSPECTOR;
    }

    public List<OpenPlanEntry> list(PlanList list, CurrentUser user) {
        if (!canSee(user.role())) {
            throw new RecordAccessDeniedException("Plan lists are for managers, chairs, senior leaders, auditors and inspectors");
        }
        LocalDate today = LocalDate.now(clock);
        List<PlanListRepository.Row> rows = plans.openPlans(list, today);
        Set<Long> visible = access.visibleIds(user, rows.stream().map(PlanListRepository.Row::personId).distinct().toList());
        return rows.stream().filter(r -> visible.contains(r.personId()))
                .map(r -> new OpenPlanEntry(r.planId(), r.personId(), r.childName(), r.category(), r.startedOn(),
                        duration(r.startedOn(), today), r.nextReviewDueOn(), r.nextCoreGroupDueOn(),
                        twelveMonthPanel(r.startedOn(), today), overTwoYears(r.startedOn(), today), r.repeatPlan()))
                .toList();
    }

    static boolean twelveMonthPanel(LocalDate started, LocalDate today) {
        return !started.plusMonths(12).isAfter(today);
    }

    static boolean overTwoYears(LocalDate started, LocalDate today) {
        return started.plusYears(2).isBefore(today);
    }

    /** "1 year 3 months", "4 months", "12 days". */
    static String duration(LocalDate started, LocalDate today) {
        Period p = Period.between(started, today);
        if (p.getYears() == 0 && p.getMonths() == 0) {
            return p.getDays() + (p.getDays() == 1 ? " day" : " days");
        }
        String years = p.getYears() == 0 ? "" : p.getYears() + (p.getYears() == 1 ? " year" : " years");
        String months = p.getMonths() == 0 ? "" : p.getMonths() + (p.getMonths() == 1 ? " month" : " months");
        return (years + " " + months).trim();
    }
}

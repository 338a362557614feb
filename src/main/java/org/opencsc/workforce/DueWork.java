package org.opencsc.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Redaction;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.security.Role;
import org.springframework.stereotype.Service;

/**
 * What is due and overdue across a caseload, oldest first: every feature with a timescale
 * reports its open items through a {@link DueWorkSource}, so nothing with a due date can drift
 * without showing here. A worker sees their own children; a manager a team's, optionally one
 * worker's, and also the items only a manager can do (authorisations, escalation responses).
 */
@Service
public class DueWork {

    /** "Due soon": within this many working days, so the week ahead is visible before it is late. */
    static final int DUE_SOON_WORKING_DAYS = 5;

    private final CaseholderRepository caseholders;
    private final List<DueWorkSource> sources;
    private final Redaction redaction;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    DueWork(CaseholderRepository caseholders, List<DueWorkSource> sources, Redaction redaction, WorkingDayCalendar calendar,
            Clock clock) {
        this.redaction = redaction;
        this.caseholders = caseholders;
        this.sources = sources;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A practitioner's own due work. */
    public DueWorkList mine(CurrentUser user) {
        // Read-only roles (auditors, leaders, inspectors) see every record but hold no cases.
        if (user.role().scope() == Role.Scope.NONE || !user.role().recordsOnCases()) {
            throw new RecordAccessDeniedException("Your role holds no cases");
        }
        return collect(user, caseholders.openCases(user.id(), null), false);
    }

    /**
     * A team's due work for its manager (without a team, the manager's own): the team must be in
     * the manager's service area.
     */
    public DueWorkList team(CurrentUser user, Long teamId, Long workerId) {
        if (!user.role().isManager()) {
            throw new RecordAccessDeniedException("Team work is for team and duty managers");
        }
        if (teamId == null) {
            teamId = defaultTeam(user);
        }
        if (!user.visibleTeamIds().contains(teamId)) {
            throw new NotFoundException("There is no team " + teamId + " in your service area");
        }
        return collect(user, caseholders.openCases(workerId, teamId), true);
    }

    /** The teams a manager can pick from, their own first. */
    public List<TeamOption> teamsFor(CurrentUser user) {
        if (!user.role().isManager()) {
            return List.of();
        }
        List<TeamOption> teams = new ArrayList<>(caseholders.teams(user.visibleTeamIds()));
        teams.sort(Comparator.comparing((TeamOption t) -> !user.teamIds().contains(t.id())));
        return teams;
    }

    /** The team a manager's list opens on: their own team, else the first in their service area. */
    public long defaultTeam(CurrentUser user) {
        List<TeamOption> teams = teamsFor(user);
        if (teams.isEmpty()) {
            throw new NotFoundException("You manage no team");
        }
        return teams.getFirst().id();
    }

    private DueWorkList collect(CurrentUser user, List<CaseholderRepository.Caseholder> cases, boolean includeManagerItems) {
        Map<Long, CaseholderRepository.Caseholder> byPerson = cases.stream()
                .collect(Collectors.toMap(CaseholderRepository.Caseholder::personId, Function.identity(), (a, b) -> a));
        if (byPerson.isEmpty()) {
            return DueWorkList.of(List.of(), 0);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate soon = calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS);
        List<DueWorkRow> rows = new ArrayList<>();
        for (DueWorkSource source : sources) {
            for (DueItem item : source.dueFor(byPerson.keySet())) {
                if (item.forManager() && !includeManagerItems) {
                    continue;
                }
                CaseholderRepository.Caseholder c = byPerson.get(item.personId());
                if (c == null) {
                    continue; // a source returned a child it was not asked about
                }
                boolean overdue = item.dueOn().isBefore(today);
                // Linked only to a page the viewer may use; otherwise the line says who does it.
                boolean viewerActs = item.isDoneBy(user.role());
                rows.add(new DueWorkRow(c.personId(), c.childName(), item.what(), item.dueOn(), viewerActs ? item.href() : null,
                        viewerActs ? null : item.whoActs(), c.workerId(), c.workerName(), c.teamName(), overdue,
                        overdue ? calendar.workingDaysBetween(item.dueOn(), today) : 0, !overdue && !item.dueOn().isAfter(soon),
                        false));
            }
        }
        // A child allocated here whom the viewer may not open (a restricted record they are not named on) keeps
        // their line, so nothing late is hidden, but not who they are; withheld lines come last on their day.
        List<DueWorkRow> shown = new ArrayList<>(redaction.apply(user, rows, r -> List.of(r.personId()),
                (r, sight) -> r.withoutChild()));
        shown.sort(Comparator.comparing(DueWorkRow::dueOn).thenComparing(DueWorkRow::withheld)
                .thenComparing(DueWorkRow::childName, Comparator.nullsLast(Comparator.naturalOrder())));
        return DueWorkList.of(shown, byPerson.size());
    }
}

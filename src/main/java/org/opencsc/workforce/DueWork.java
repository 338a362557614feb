package org.opencsc.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * A practitioner's own due work: their caseload's, less what only a manager does and what is
     * one other user's (an action someone else owns); then what is addressed to them whoever
     * holds the child (actions they own, reviews they chair, contacts for their decision); and,
     * for a manager, the manager's part across their service area (authorisations, escalation
     * responses), which their own caseload would never show.
     */
    public DueWorkList mine(CurrentUser user) {
        // Read-only roles (auditors, leaders, inspectors) see every record but hold no cases.
        if (user.role().scope() == Role.Scope.NONE || !user.role().recordsOnCases()) {
            throw new RecordAccessDeniedException("Your role holds no cases");
        }
        Map<Long, CaseholderRepository.Caseholder> caseload = index(caseholders.openCases(user.id(), null));
        List<Held> items = new ArrayList<>();
        if (!caseload.isEmpty()) {
            for (DueWorkSource source : sources) {
                for (DueItem item : source.dueFor(caseload.keySet())) {
                    if (!item.forManager() && item.assignedTo() == null) {
                        items.add(new Held(item, caseload.get(item.personId())));
                    }
                }
            }
        }
        if (user.role().isManager() && !user.visibleTeamIds().isEmpty()) {
            Map<Long, CaseholderRepository.Caseholder> area = index(caseholders.openCasesInTeams(user.visibleTeamIds()));
            if (!area.isEmpty()) {
                for (DueWorkSource source : sources.stream().filter(DueWorkSource::hasManagerWork).toList()) {
                    for (DueItem item : source.dueFor(area.keySet())) {
                        if (item.forManager() && item.isDoneBy(user.role())) {
                            items.add(new Held(item, area.get(item.personId())));
                        }
                    }
                }
            }
        }
        items.addAll(described(sources.stream().flatMap(s -> s.dueTo(user).stream()).toList(), caseload));
        return rows(user, items, caseload.size());
    }

    /** Items with who holds each child: from {@code known} where the child is there, else looked up. */
    private List<Held> described(List<DueItem> items, Map<Long, CaseholderRepository.Caseholder> known) {
        Map<Long, CaseholderRepository.Caseholder> holders = new HashMap<>(known);
        Set<Long> unknown = items.stream().map(DueItem::personId).filter(id -> id != null && !holders.containsKey(id))
                .collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            holders.putAll(index(caseholders.describe(unknown)));
        }
        return items.stream().map(item -> new Held(item, holders.get(item.personId()))).toList();
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
        List<CaseholderRepository.Caseholder> cases = caseholders.openCases(workerId, teamId);
        List<Held> items = caseloadItems(cases, true);
        // The actions the team's workers own, wherever the child is held: their manager sees what they were asked to do.
        List<Long> owners = workerId != null ? List.of(workerId) : caseholders.members(teamId);
        List<DueItem> owned = owners.isEmpty() ? List.of() : sources.stream().flatMap(s -> s.dueToAnyOf(owners).stream()).toList();
        items.addAll(described(owned, index(cases)));
        return rows(user, items, cases.size());
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

    private List<Held> caseloadItems(List<CaseholderRepository.Caseholder> cases, boolean includeManagerItems) {
        Map<Long, CaseholderRepository.Caseholder> byPerson = index(cases);
        List<Held> items = new ArrayList<>();
        if (byPerson.isEmpty()) {
            return items;
        }
        for (DueWorkSource source : sources) {
            for (DueItem item : source.dueFor(byPerson.keySet())) {
                if (!item.forManager() || includeManagerItems) {
                    items.add(new Held(item, byPerson.get(item.personId())));
                }
            }
        }
        return items;
    }

    /** An item with who holds the child's case (null when a source returned a child it was not asked about). */
    private record Held(DueItem item, CaseholderRepository.Caseholder holder) {
    }

    private static Map<Long, CaseholderRepository.Caseholder> index(List<CaseholderRepository.Caseholder> cases) {
        return cases.stream().collect(Collectors.toMap(CaseholderRepository.Caseholder::personId, Function.identity(), (a, b) -> a));
    }

    private DueWorkList rows(CurrentUser user, List<Held> items, int children) {
        LocalDate today = LocalDate.now(clock);
        LocalDate soon = calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS);
        List<DueWorkRow> rows = new ArrayList<>();
        Set<DueItem.Key> listed = new HashSet<>();
        for (Held held : items) {
            DueItem item = held.item();
            CaseholderRepository.Caseholder c = held.holder();
            boolean aboutAChild = item.personId() != null;
            if ((aboutAChild && c == null) || !listed.add(item.key())) {
                continue; // a child the source was not asked about, or a line already listed
            }
            boolean overdue = item.dueOn().isBefore(today);
            // Linked only to a page the viewer may use; otherwise the line says who does it.
            boolean viewerActs = item.isDoneBy(user.role());
            // Only the user an item is assigned to marks it done.
            String doneAction = item.assignedTo() != null && item.assignedTo() == user.id() ? item.doneAction() : null;
            rows.add(new DueWorkRow(aboutAChild ? c.personId() : null, aboutAChild ? c.childName() : null, item.what(), item.dueOn(),
                    viewerActs ? item.href() : null, viewerActs ? null : item.whoActs(), aboutAChild ? c.workerId() : null,
                    aboutAChild ? c.workerName() : null, aboutAChild ? c.teamName() : null, overdue,
                    overdue ? calendar.workingDaysBetween(item.dueOn(), today) : 0, !overdue && !item.dueOn().isAfter(soon),
                    false, doneAction));
        }
        // A child allocated here whom the viewer may not open (a restricted record they are not named on) keeps
        // their line, so nothing late is hidden, but not who they are; withheld lines come last on their day.
        List<DueWorkRow> shown = new ArrayList<>(redaction.apply(user, rows,
                r -> r.personId() == null ? List.<Long>of() : List.of(r.personId()),
                (r, sight) -> r.withoutChild()));
        shown.sort(Comparator.comparing(DueWorkRow::dueOn).thenComparing(DueWorkRow::withheld)
                .thenComparing(DueWorkRow::childName, Comparator.nullsLast(Comparator.naturalOrder())));
        return DueWorkList.of(shown, children);
    }
}

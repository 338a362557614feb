package org.opencsc.workforce;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.WholeNumbers;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workforce: staff employment records, team posts and the figures, for the pages and the API
 * alike, each asking {@link WorkforceAccess}.
 */
@Service
public class Workforce {

    private static final Pattern SWE = Pattern.compile("SW[0-9]{1,8}");

    private final EmploymentRepository employment;
    private final CaseloadLimits limits;
    private final JdbcClient jdbc;
    private final Clock clock;

    Workforce(EmploymentRepository employment, CaseloadLimits limits, JdbcClient jdbc, Clock clock) {
        this.employment = employment;
        this.limits = limits;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    LocalDate today() {
        return LondonTime.today(clock);
    }

    /** The teams the user may see: every team, or a team manager's service area's. */
    List<TeamOption> visibleTeams(CurrentUser user) {
        requireOpen(user);
        return employment.teams(WorkforceAccess.readsAll(user.role()) ? null : user.serviceAreaTeamIds());
    }

    /**
     * The teams named by {@code team} parameters (ids), or every team the user may see when none
     * is given. A value that is no team's id is a problem on {@code team}; a team the user may not
     * see is refused.
     */
    List<TeamOption> chosenTeams(CurrentUser user, List<String> team, Problems problems) {
        List<TeamOption> visible = visibleTeams(user);
        if (team == null || team.stream().allMatch(t -> t == null || t.isBlank())) {
            return visible;
        }
        Set<TeamOption> chosen = new LinkedHashSet<>();
        for (String t : team) {
            if (t == null || t.isBlank()) {
                continue;
            }
            Long id = WholeNumbers.longOrEmpty(t).orElse(null);
            TeamOption found = id == null ? null : employment.team(id).orElse(null);
            if (found == null) {
                problems.add("team", "There is no team with the id ‘" + t.strip() + "’: choose a team from the list");
            } else if (!WorkforceAccess.canReadTeam(user, found.id())) {
                throw new RecordAccessDeniedException("You can see the workforce of your service area’s teams only");
            } else {
                chosen.add(found);
            }
        }
        return List.copyOf(chosen);
    }

    /** The figures and the staff of the chosen teams (the whole council, for a reader of all, when none is chosen). */
    public Overview overview(CurrentUser user, List<String> team) {
        Problems problems = new Problems();
        List<TeamOption> teams = chosenTeams(user, team, problems);
        problems.throwIfAny();
        boolean whole = WorkforceAccess.readsAll(user.role()) && teams.size() == employment.teams(null).size();
        LocalDate today = today();
        List<Employee> staff = employment.staff(whole ? null : ids(teams), today);
        List<TeamPost> posts = employment.posts(ids(teams));
        return new Overview(WorkforceFigures.of(staff, posts, teams, today, limits), staff);
    }

    public record Overview(WorkforceFigures figures, List<Employee> staff) {
    }

    public List<Employee> staff(CurrentUser user) {
        requireOpen(user);
        return employment.staff(WorkforceAccess.readsAll(user.role()) ? null : user.serviceAreaTeamIds(), today());
    }

    public Employee employee(CurrentUser user, long id) {
        requireOpen(user);
        Employee e = employment.find(id, today()).orElseThrow(() -> new NotFoundException("There is no member of staff " + id));
        if (!WorkforceAccess.canReadWorker(user, e.teamIds())) {
            throw new RecordAccessDeniedException("You can see the employment records of your service area’s staff only");
        }
        return e;
    }

    public boolean canEdit(CurrentUser user, Employee e) {
        return WorkforceAccess.canEditEmployment(user, e.teamIds());
    }

    /**
     * Checks the change as a whole and saves it, or throws: a ValidationException naming each
     * field, or a ConflictException when the record changed since {@code version} was read.
     */
    @Transactional
    public Employee update(CurrentUser user, long id, EmploymentChange c, Problems problems) {
        Employee e = employee(user, id);
        if (!canEdit(user, e)) {
            throw new RecordAccessDeniedException("Only the administrator or a team manager of the worker’s service area can change employment details");
        }
        LocalDate today = today();
        if (c.employmentType() == null && !problems.has("employmentType")) {
            problems.add("employmentType", "Choose how the worker is employed: permanent, agency or seconded");
        }
        if (c.fte() == null && !problems.has("fte")) {
            problems.add("fte", "Enter the worker’s FTE, from 0.01 to 1 (1 is full time)");
        } else if (c.fte() != null) {
            checkFte(c.fte(), problems);
        }
        if (c.caseloadLimit() != null && (c.caseloadLimit() < 1 || c.caseloadLimit() > 100)) {
            problems.add("caseloadLimit", "The caseload limit must be a whole number from 1 to 100, or left blank for the council’s");
        }
        if (c.sweNumber() != null && !SWE.matcher(c.sweNumber()).matches()) {
            problems.add("sweNumber", "The Social Work England number is SW followed by up to 8 digits, such as SW123456");
        }
        if (c.qualifiedOn() != null && c.qualifiedOn().isAfter(today)) {
            problems.add("qualifiedOn", "The qualification date must be today or in the past");
        }
        if (c.startedOn() != null && c.leftOn() != null && c.leftOn().isBefore(c.startedOn())) {
            problems.add("leftOn", "The leaving date must be on or after the start date");
        }
        if (c.leftOn() != null && c.leftOn().isBefore(today) && e.children() > 0) {
            problems.add("leftOn", e.name() + " holds " + e.children() + (e.children() == 1 ? " child" : " children")
                    + " now: transfer them before recording a leaving date in the past");
        }
        problems.throwIfAny();
        if (!employment.update(id, c)) {
            throw new ConflictException("Someone changed " + e.name() + "’s employment details since you opened them."
                    + " Nothing has been saved: check the latest details and make your change again.");
        }
        return employment.find(id, today).orElseThrow();
    }

    static void checkFte(BigDecimal fte, Problems problems) {
        if (fte.signum() <= 0 || fte.compareTo(BigDecimal.ONE) > 0 || fte.stripTrailingZeros().scale() > 2) {
            problems.add("fte", "The FTE must be a number from 0.01 to 1 with at most 2 decimal places (1 is full time)");
        }
    }

    /** A team's posts by job role with their funded and filled FTE, and its members with their caseloads. */
    public TeamView team(CurrentUser user, long teamId) {
        requireOpen(user);
        TeamOption team = employment.team(teamId).orElseThrow(() -> new NotFoundException("There is no team " + teamId));
        if (!WorkforceAccess.canReadTeam(user, teamId)) {
            throw new RecordAccessDeniedException("You can see the workforce of your service area’s teams only");
        }
        LocalDate today = today();
        List<Employee> members = employment.staff(Set.of(teamId), today);
        List<TeamPost> posts = employment.posts(Set.of(teamId));
        WorkforceFigures figures = WorkforceFigures.of(members, posts, List.of(team), today, limits);
        Map<JobRole, PostLine> lines = new EnumMap<>(JobRole.class);
        for (JobRole role : JobRole.values()) {
            lines.put(role, new PostLine(role, role.label(), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)));
        }
        for (WorkforceFigures.Vacancy v : figures.vacancies()) {
            lines.put(v.jobRole(), new PostLine(v.jobRole(), v.jobRoleLabel(), v.fundedFte(), v.filledFte(), v.vacantFte()));
        }
        int version = jdbc.sql("SELECT posts_version FROM team WHERE id = :id").param("id", teamId).query(Integer.class).single();
        return new TeamView(team, version, List.copyOf(lines.values()), figures.vacantFte(), members.stream().filter(Employee::inPost).toList(),
                figures.caseloadPerTeam().getFirst(), WorkforceAccess.canEditPosts(user, teamId));
    }

    public record PostLine(JobRole jobRole, String label, BigDecimal fundedFte, BigDecimal filledFte, BigDecimal vacantFte) {
    }

    public record TeamView(TeamOption team, int postsVersion, List<PostLine> posts, BigDecimal vacantFte, List<Employee> members,
                           WorkforceFigures.TeamLoad caseload, boolean canEditPosts) {
    }

    /**
     * Replaces the team's funded posts (a job role left out, or at 0, is funded for none), or
     * throws: problems on {@code posts[i]...} fields, or a conflict when the posts changed since
     * {@code version} was read.
     */
    @Transactional
    public TeamView updatePosts(CurrentUser user, long teamId, Integer version, Map<JobRole, BigDecimal> funded, Problems problems) {
        TeamOption team = employment.team(teamId).orElseThrow(() -> new NotFoundException("There is no team " + teamId));
        if (!WorkforceAccess.canEditPosts(user, teamId)) {
            throw new RecordAccessDeniedException("Only a team manager of the team’s service area can change its posts");
        }
        if (version == null && !problems.has("version")) {
            problems.add("version", "Send the version of the team’s posts you read (postsVersion from GET /api/v1/workforce/teams/{id})");
        }
        problems.throwIfAny();
        int changed = jdbc.sql("UPDATE team SET posts_version = posts_version + 1 WHERE id = :id AND posts_version = :v")
                .param("id", teamId).param("v", version).update();
        if (changed == 0) {
            throw new ConflictException("Someone changed the posts of " + team.name() + " since you opened them."
                    + " Nothing has been saved: check the latest posts and make your change again.");
        }
        for (JobRole role : JobRole.values()) {
            BigDecimal f = funded.get(role);
            if (f == null || f.signum() == 0) {
                employment.deletePost(teamId, role);
            } else {
                employment.savePost(teamId, role, f);
            }
        }
        return team(user, teamId);
    }

    /** A funded FTE as typed or sent: from 0 to 500 with at most 2 decimals. */
    static boolean fundedFteOk(BigDecimal f) {
        return f.signum() >= 0 && f.compareTo(BigDecimal.valueOf(500)) <= 0 && f.stripTrailingZeros().scale() <= 2;
    }

    private static void requireOpen(CurrentUser user) {
        if (!WorkforceAccess.canOpen(user.role())) {
            throw new RecordAccessDeniedException("Only senior leaders, data officers, team managers and the administrator can see the workforce");
        }
    }

    private static Set<Long> ids(List<TeamOption> teams) {
        List<Long> ids = new ArrayList<>();
        teams.forEach(t -> ids.add(t.id()));
        return Set.copyOf(ids);
    }
}

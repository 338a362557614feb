package org.opencsc.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who may see which person's record. A restricted record is open only to the users named on
 * it. Otherwise the role's scope applies: wide roles and the front door see everything; team
 * roles see people allocated to their teams, and the family members of those people (one
 * relationship away); team managers see their whole service area and people no team holds yet.
 * What a user may see of a person wherever else they appear follows from the same answer
 * ({@link Sight}, applied by {@link Redaction}).
 */
@Service
public class AccessPolicy {

    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final Clock clock;

    AccessPolicy(JdbcClient jdbc, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    public boolean canView(CurrentUser user, long personId) {
        return visibility(user, List.of(personId)).getOrDefault(personId, false);
    }

    /**
     * Checks access and writes the access log either way: a view, or a refusal. Throws a
     * RecordAccessDeniedException (answered with 403) when refused.
     */
    public void checkAndLogView(CurrentUser user, long personId, AccessLog.Channel channel, String path) {
        if (!canView(user, personId)) {
            accessLog.record(user.username(), personId, AccessLog.Action.DENIED, channel, path);
            throw new RecordAccessDeniedException("You do not have access to this record");
        }
        accessLog.record(user.username(), personId, AccessLog.Action.VIEW, channel, path);
    }

    /**
     * Checks access to every person a page or answer is about (a visit to siblings, a contact
     * about several children, two records side by side) before logging anything: if any is
     * refused, each refused one is logged as DENIED and none as a view, since nothing is shown;
     * otherwise each is logged as a view. Checking one at a time would log a view of the first
     * before refusing the second.
     */
    public void checkAndLogViews(CurrentUser user, Collection<Long> personIds, AccessLog.Channel channel, String path) {
        List<Long> ids = personIds.stream().distinct().toList();
        Map<Long, Boolean> open = visibility(user, ids);
        List<Long> refused = ids.stream().filter(id -> !open.getOrDefault(id, false)).toList();
        if (!refused.isEmpty()) {
            refused.forEach(id -> accessLog.record(user.username(), id, AccessLog.Action.DENIED, channel, path));
            throw new RecordAccessDeniedException(ids.size() == 1 ? "You do not have access to this record"
                    : "You do not have access to every record this is about");
        }
        accessLog.recordViews(user.username(), ids, channel, path);
    }

    /** Checks the user may write to the record; refusals are logged like views. */
    public void checkCanRecord(CurrentUser user, long personId, AccessLog.Channel channel, String path) {
        if (!user.role().recordsOnCases() || !canView(user, personId)) {
            accessLog.record(user.username(), personId, AccessLog.Action.DENIED, channel, path);
            throw new RecordAccessDeniedException("You cannot record on this record");
        }
    }

    /** Visibility of many people at once (search results), in one query. */
    public Map<Long, Boolean> visibility(CurrentUser user, Collection<Long> personIds) {
        Map<Long, Boolean> result = new HashMap<>();
        sight(user, personIds).forEach((id, sight) -> result.put(id, sight == Sight.OPEN));
        return result;
    }

    /**
     * How much the user may see of each person, in one query: OPEN when they may open the
     * record, SEALED for a restricted record they are not named on, CLOSED otherwise. People
     * with no record (an unknown id) are left out of the map; callers treat them as SEALED.
     */
    public Map<Long, Sight> sight(CurrentUser user, Collection<Long> personIds) {
        Map<Long, Sight> result = new HashMap<>();
        if (personIds.isEmpty()) {
            return result;
        }
        Long[] teams = user.visibleTeamIds().toArray(Long[]::new);
        boolean seesUnallocated = user.role().scope() == Role.Scope.SERVICE_AREA;
        jdbc.sql("""
                        WITH wanted AS (SELECT unnest(:ids::bigint[]) AS id),
                        circle AS (
                            SELECT w.id AS subject, w.id AS member FROM wanted w
                            UNION SELECT w.id, r.related_person_id FROM wanted w JOIN relationship r ON r.person_id = w.id
                            UNION SELECT w.id, r.person_id FROM wanted w JOIN relationship r ON r.related_person_id = w.id
                        ),
                        allocations AS (
                            SELECT c.subject, a.team_id FROM circle c
                            JOIN allocation a ON a.person_id = c.member AND a.end_date IS NULL
                        )
                        SELECT w.id, p.restricted,
                               EXISTS (SELECT 1 FROM restricted_access ra WHERE ra.person_id = w.id AND ra.user_id = :user) AS named,
                               EXISTS (SELECT 1 FROM allocations al WHERE al.subject = w.id AND al.team_id = ANY(:teams::bigint[])) AS in_team,
                               NOT EXISTS (SELECT 1 FROM allocations al WHERE al.subject = w.id) AS unallocated,
                               %s AS in_audit
                        FROM wanted w JOIN person p ON p.id = w.id
                        """.formatted(user.role().scope() == Role.Scope.AUDIT ? IN_PARTNERS_AUDIT : "false"))
                .param("ids", personIds.stream().distinct().toArray(Long[]::new))
                .param("teams", teams)
                .param("user", user.id())
                .param("today", LocalDate.now(clock))
                .query(rs -> {
                    long id = rs.getLong("id");
                    boolean restricted = rs.getBoolean("restricted");
                    boolean open = decide(user.role(), restricted, rs.getBoolean("named"),
                            rs.getBoolean("in_team") || rs.getBoolean("in_audit"), rs.getBoolean("unallocated"), seesUnallocated);
                    result.put(id, open ? Sight.OPEN : restricted ? Sight.SEALED : Sight.CLOSED);
                });
        return result;
    }

    /**
     * A partner agency's auditor opens a child while the child is in an audit of a round they are
     * added to, to the end of their last day there (quality.AuditRounds adds them).
     */
    private static final String IN_PARTNERS_AUDIT = """
            EXISTS (SELECT 1 FROM audit a JOIN audit_round_partner arp ON arp.round_id = a.round_id
                    WHERE a.person_id = w.id AND arp.user_id = :user AND arp.last_day >= :today)""";

    static boolean decide(Role role, boolean restricted, boolean named, boolean inTeam,
                          boolean unallocated, boolean seesUnallocated) {
        if (restricted) {
            return named;
        }
        return switch (role.scope()) {
            case NONE -> false;
            case ALL, FRONT_DOOR -> true;
            case TEAM, SERVICE_AREA -> inTeam || (seesUnallocated && unallocated);
            // For a partner auditor "in team" means in one of their audits, until their last day there.
            case AUDIT -> inTeam;
        };
    }

    /**
     * Whether the role opens a record that is not restricted, no team holds and nobody a team
     * holds is related to: a record just created on its own, before any contact or allocation.
     */
    public static boolean opensUnheldRecords(Role role) {
        return decide(role, false, false, false, true, role.scope() == Role.Scope.SERVICE_AREA);
    }

    public Set<Long> visibleIds(CurrentUser user, Collection<Long> personIds) {
        return visibility(user, personIds).entrySet().stream()
                .filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
    }
}

package org.opencsc.visit;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class VisitRepository {

    private final JdbcClient jdbc;

    VisitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code outcomes}: for each child, the plan outcomes the visit worked towards (already checked). */
    long insert(VisitInput in, String visitor, String recordedBy, Map<Long, List<Visit.OutcomeLink>> outcomes) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO visit (visited_on, visited_time, visitor, visitor_role, visit_type, place, place_other,
                                           observations, recorded_by)
                        VALUES (:on, :time, :visitor, :role, :type, :place, :placeOther, :observations, :by)
                        """)
                .param("on", Date.valueOf(in.visitedOn()))
                .param("time", in.visitedTime() == null ? null : Time.valueOf(in.visitedTime()))
                .param("visitor", visitor).param("role", in.visitorRole().name()).param("type", in.visitType().name())
                .param("place", in.place().name())
                .param("placeOther", in.place() == VisitPlace.OTHER ? in.placeOther().trim() : null)
                .param("observations", trimToNull(in.observations())).param("by", recordedBy)
                .update(key, "id");
        long id = key.getKey().longValue();
        for (VisitInput.Child c : in.children()) {
            jdbc.sql("""
                            INSERT INTO visit_child (visit_id, person_id, seen, seen_alone, child_words)
                            VALUES (:visit, :person, :seen, :alone, :words)
                            """)
                    .param("visit", id).param("person", c.personId()).param("seen", c.seen())
                    .param("alone", Boolean.TRUE.equals(c.seenAlone())).param("words", trimToNull(c.childWords()))
                    .update();
            List<Visit.OutcomeLink> links = outcomes.getOrDefault(c.personId(), List.of());
            for (int i = 0; i < links.size(); i++) {
                jdbc.sql("""
                                INSERT INTO visit_outcome (visit_id, person_id, outcome_id, outcome_text, position)
                                VALUES (:visit, :person, :outcome, :text, :position)
                                """)
                        .param("visit", id).param("person", c.personId()).param("outcome", links.get(i).outcomeId())
                        .param("text", links.get(i).text()).param("position", i).update();
            }
        }
        return id;
    }

    Optional<Visit> find(long id) {
        return visits("v.id = :id", id).stream().findFirst();
    }

    /** The child's visits, newest first, each with every child it was for. */
    List<Visit> forChild(long personId) {
        return visits("v.id IN (SELECT visit_id FROM visit_child WHERE person_id = :id)", personId);
    }

    private List<Visit> visits(String where, long id) {
        Map<Long, Visit> byId = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT v.*, vc.person_id, vc.seen, vc.seen_alone, vc.child_words,
                               coalesce(p.given_name || ' ', '') || p.family_name AS child_name
                        FROM visit v
                        JOIN visit_child vc ON vc.visit_id = v.id
                        JOIN person p ON p.id = vc.person_id
                        WHERE %s
                        ORDER BY v.visited_on DESC, v.visited_time DESC NULLS LAST, v.id DESC, p.date_of_birth NULLS LAST, vc.person_id
                        """.formatted(where))
                .param("id", id)
                .query((ResultSet rs) -> {
                    Visit v = byId.computeIfAbsent(rs.getLong("id"), k -> visit(rs));
                    v.children().add(new Visit.ChildSeen(rs.getLong("person_id"), rs.getString("child_name"),
                            rs.getBoolean("seen"), rs.getBoolean("seen_alone"), rs.getString("child_words"), new ArrayList<>()));
                });
        addOutcomes(byId);
        return List.copyOf(byId.values());
    }

    /** One more query for every visit's outcome links, rather than one per visit. */
    private void addOutcomes(Map<Long, Visit> byId) {
        if (byId.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        SELECT visit_id, person_id, outcome_id, outcome_text FROM visit_outcome
                        WHERE visit_id = ANY(:ids) ORDER BY visit_id, person_id, position
                        """)
                .param("ids", byId.keySet().toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    long personId = rs.getLong("person_id");
                    Visit.OutcomeLink link = new Visit.OutcomeLink(rs.getString("outcome_id"), rs.getString("outcome_text"));
                    byId.get(rs.getLong("visit_id")).children().stream().filter(c -> c.personId() == personId).findFirst()
                            .ifPresent(c -> c.outcomes().add(link));
                });
    }

    private static Visit visit(ResultSet rs) {
        try {
            Time time = rs.getTime("visited_time");
            return new Visit(rs.getLong("id"), rs.getDate("visited_on").toLocalDate(), time == null ? null : time.toLocalTime(),
                    rs.getString("visitor"), VisitorRole.valueOf(rs.getString("visitor_role")),
                    VisitType.valueOf(rs.getString("visit_type")), VisitPlace.valueOf(rs.getString("place")),
                    rs.getString("place_other"), rs.getString("observations"), rs.getString("recorded_by"),
                    rs.getTimestamp("recorded_at").toInstant(), new ArrayList<>());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the next visit is counted from, for each child: the start of their open child
     * protection plan or of their open, allocated CIN episode, and the last visit where they were
     * seen. With {@code onlyPlanned}, children with neither plan nor episode are left out.
     */
    List<SeenBasis> seenBasis(Collection<Long> personIds, boolean onlyPlanned) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT k.id AS person_id, cp.started_on AS cp_start, cin.started_on AS cin_start,
                               seen.visited_on AS last_seen_on, seen.seen_alone AS last_seen_alone
                        FROM unnest(CAST(:ids AS bigint[])) AS k(id)
                        LEFT JOIN cp_plan cp ON cp.person_id = k.id AND cp.ended_on IS NULL
                        -- The episode started with the earliest referral still open and allocated.
                        LEFT JOIN LATERAL (SELECT min(r.referral_date) AS started_on FROM referral r
                                           WHERE r.person_id = k.id AND r.closure_date IS NULL AND r.worker_id IS NOT NULL) cin ON true
                        LEFT JOIN LATERAL (SELECT v.visited_on, vc.seen_alone FROM visit_child vc JOIN visit v ON v.id = vc.visit_id
                                           WHERE vc.person_id = k.id AND vc.seen
                                           ORDER BY v.visited_on DESC, v.visited_time DESC NULLS LAST, v.id DESC LIMIT 1) seen ON true
                        WHERE NOT :onlyPlanned OR cp.id IS NOT NULL OR cin.started_on IS NOT NULL
                        """)
                .param("ids", personIds.stream().distinct().toArray(Long[]::new))
                .param("onlyPlanned", onlyPlanned)
                .query((rs, n) -> new SeenBasis(rs.getLong("person_id"), date(rs, "cp_start"), date(rs, "cin_start"),
                        date(rs, "last_seen_on"), (Boolean) rs.getObject("last_seen_alone")))
                .list();
    }

    record SeenBasis(long personId, LocalDate cpPlanStartedOn, LocalDate cinEpisodeStartedOn, LocalDate lastSeenOn,
                     Boolean lastSeenAlone) {
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

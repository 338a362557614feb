package org.opencsc.protection.chair;

import java.sql.Date;
import java.util.Collection;
import java.util.List;
import org.opencsc.protection.AbuseCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ChairViewRepository {

    private final JdbcClient jdbc;

    ChairViewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open plans whose latest conference (initial or review) the chair recorded as chair; escalations left empty. */
    List<ChairCase> chairedBy(long chairUserId) {
        return jdbc.sql("""
                        WITH latest AS (
                            SELECT DISTINCT ON (p.id) p.id AS plan_id, c.held_on, c.chair_user_id
                            FROM cp_plan p JOIN cp_conference c ON c.id = p.conference_id OR c.plan_id = p.id
                            WHERE p.ended_on IS NULL
                            ORDER BY p.id, c.held_on DESC, c.id DESC
                        )
                        SELECT p.id, p.person_id, coalesce(per.given_name || ' ', '') || per.family_name AS name, p.category,
                               p.started_on, l.held_on AS last_conference_on, p.next_review_due_on,
                               (SELECT count(*) FROM cp_core_group g WHERE g.plan_id = p.id AND g.held_on >= l.held_on) AS since,
                               (SELECT max(g.held_on) FROM cp_core_group g WHERE g.plan_id = p.id) AS last_core_group_on
                        FROM latest l JOIN cp_plan p ON p.id = l.plan_id JOIN person per ON per.id = p.person_id
                        WHERE l.chair_user_id = :user
                        ORDER BY p.next_review_due_on, p.id
                        """)
                .param("user", chairUserId)
                .query((rs, n) -> {
                    Date lastCoreGroup = rs.getDate("last_core_group_on");
                    return new ChairCase(rs.getLong("id"), rs.getLong("person_id"), rs.getString("name"),
                            AbuseCategory.valueOf(rs.getString("category")), rs.getDate("started_on").toLocalDate(),
                            rs.getDate("last_conference_on").toLocalDate(), rs.getDate("next_review_due_on").toLocalDate(),
                            rs.getInt("since"), lastCoreGroup == null ? null : lastCoreGroup.toLocalDate(), List.of());
                })
                .list();
    }

    List<Escalation> openEscalations(Collection<Long> planIds) {
        return jdbc.sql("SELECT * FROM cp_escalation WHERE plan_id = ANY(:ids) AND responded_on IS NULL ORDER BY raised_on, id")
                .param("ids", planIds.toArray(Long[]::new))
                .query((rs, n) -> EscalationRepository.map(rs)).list();
    }

    /** Escalations this chair raised that are not answered yet, oldest first. */
    List<Escalation> openEscalationsRaisedBy(long chairUserId) {
        return jdbc.sql("SELECT * FROM cp_escalation WHERE raised_by_user_id = :user AND responded_on IS NULL ORDER BY raised_on, id")
                .param("user", chairUserId)
                .query((rs, n) -> EscalationRepository.map(rs)).list();
    }
}

package org.opencsc.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opencsc.quality.round.FairDraw;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo council's quality assurance keeps the rules the audit pages enforce, so a newcomer sees
 * audits as they would be: completed audits graded in every section and overall, on the child's
 * chronology; moderation by a second auditor who is not the auditor, the worker or their manager;
 * this quarter's round drawn at random with its seed kept; a partner auditor whose access ends no
 * later than their account. Checked over the rows the seeding transaction wrote (see DemoCouncilTest).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoQualityTest {

    @Autowired
    JdbcClient jdbc;

    private String seed;

    @BeforeAll
    void findTheSeedingTransaction() {
        seed = DemoSeed.find(jdbc).xid();
    }

    @Test
    void thereAreAuditsInEveryState() {
        assertThat(rows("SELECT DISTINCT status FROM audit a WHERE a.xmin = CAST(:seed AS xid)"))
                .contains("NOT_STARTED", "COMPLETED", "MODERATED");
        assertThat(rows("SELECT a.id::text FROM audit_moderation m JOIN audit a ON a.id = m.audit_id WHERE m.grades_changed > 0"
                + " AND m.xmin = CAST(:seed AS xid)")).as("a moderation that changed a grade").isNotEmpty();
        assertThat(rows("SELECT id::text FROM learning_action l WHERE l.completed_on IS NULL AND l.xmin = CAST(:seed AS xid)"))
                .as("open learning actions").isNotEmpty();
    }

    @Test
    void everyCompletedAuditIsGradedAnsweredAndOnTheChildsChronology() {
        assertThat(rows("""
                SELECT a.id || ' has an ungraded section' FROM audit a JOIN audit_template_section s ON s.template_id = a.template_id
                WHERE a.status IN ('COMPLETED', 'MODERATED') AND a.xmin = CAST(:seed AS xid)
                  AND NOT EXISTS (SELECT 1 FROM audit_section_grade g WHERE g.audit_id = a.id AND g.section_id = s.id)
                UNION ALL
                SELECT a.id || ' has an unanswered question' FROM audit a
                JOIN audit_template_section s ON s.template_id = a.template_id
                JOIN audit_template_question q ON q.section_id = s.id AND q.agency IS NULL
                WHERE a.status IN ('COMPLETED', 'MODERATED') AND a.xmin = CAST(:seed AS xid)
                  AND NOT EXISTS (SELECT 1 FROM audit_answer an WHERE an.audit_id = a.id AND an.question_id = q.id)
                UNION ALL
                SELECT a.id || ' is not on the chronology' FROM audit a
                WHERE a.status IN ('COMPLETED', 'MODERATED') AND a.xmin = CAST(:seed AS xid)
                  AND NOT EXISTS (SELECT 1 FROM event e JOIN event_subject es ON es.event_id = e.id
                                  WHERE es.person_id = a.person_id AND e.type = 'AUDIT_COMPLETED')
                UNION ALL
                SELECT a.id || ' is of a restricted record' FROM audit a JOIN person p ON p.id = a.person_id
                WHERE p.restricted AND a.xmin = CAST(:seed AS xid)
                """)).isEmpty();
    }

    @Test
    void moderationIsNeverByTheAuditorTheWorkerOrTheirManager() {
        assertThat(rows("""
                SELECT a.id || ' moderated by ' || m.moderator_id FROM audit_moderation m JOIN audit a ON a.id = m.audit_id
                WHERE m.xmin = CAST(:seed AS xid)
                  AND (m.moderator_id IN (a.auditor_id, a.completed_by) OR m.moderator_id = a.worker_id
                       OR m.moderator_id = a.worker_manager_id OR m.moderated_at < a.completed_at
                       OR EXISTS (SELECT 1 FROM audit_answer an WHERE an.audit_id = a.id AND an.answered_by = m.moderator_id))
                """)).isEmpty();
    }

    @Test
    void thisQuartersRoundIsDrawnAgainToTheSameChildren() {
        List<DrawnRound> rounds = jdbc.sql("""
                        SELECT r.id, r.eligible_ids, r.sample_size, r.seed FROM audit_round r
                        WHERE r.selection = 'RANDOM' AND r.xmin = CAST(:seed AS xid)""").param("seed", seed)
                .query((rs, n) -> new DrawnRound(rs.getLong(1), Arrays.asList((Long[]) rs.getArray(2).getArray()), rs.getInt(3),
                        rs.getLong(4))).list();
        assertThat(rounds).hasSize(1);
        DrawnRound round = rounds.getFirst();
        List<Long> audited = jdbc.sql("SELECT person_id FROM audit WHERE round_id = ? ORDER BY id").params(round.id())
                .query(Long.class).list();
        assertThat(audited).containsExactlyInAnyOrderElementsOf(FairDraw.draw(round.eligible(), round.size(), round.seed()));
    }

    @Test
    void thePartnerAuditorsAccessEndsNoLaterThanTheirAccount() {
        assertThat(rows("""
                SELECT u.username FROM audit_round_partner p JOIN app_user u ON u.id = p.user_id
                WHERE p.xmin = CAST(:seed AS xid)
                  AND (u.role <> 'PARTNER_AUDITOR' OR u.access_expires_at IS NULL
                       OR (p.last_day + 1)::timestamp AT TIME ZONE 'Europe/London' > u.access_expires_at)
                """)).isEmpty();
        assertThat(rows("SELECT p.user_id::text FROM audit_round_partner p WHERE p.xmin = CAST(:seed AS xid)")).hasSize(1);
    }

    private record DrawnRound(long id, List<Long> eligible, int size, long seed) {
    }

    private List<String> rows(String sql) {
        return jdbc.sql(sql).param("seed", seed).query(String.class).list();
    }
}

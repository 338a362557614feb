package org.opencsc.returns.census.export;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.opencsc.returns.census.CensusYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the census year's records for every child in scope, or for a few children, in a fixed
 * handful of set-based queries (never one per child): a large council's year is ~25,000
 * children. Each query starts from the same episodes, the referrals overlapping the year, and
 * reaches the other tables by their person index. Run it inside one read-only transaction so
 * the queries see one moment.
 */
@Repository
class CensusRecords {

    private final JdbcClient jdbc;

    CensusRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The referrals of children (not merged away) whose episode overlaps the year. */
    private static String episodes(boolean some) {
        return """
                WITH episode AS (
                    SELECT r.* FROM referral r JOIN person p ON p.id = r.person_id
                    WHERE p.is_child AND p.merged_into IS NULL
                      AND r.referral_date <= :reference AND (r.closure_date IS NULL OR r.closure_date >= :start)
                """ + (some ? "  AND r.person_id = ANY(:ids)\n" : "") + ")\n";
    }

    CensusRows.Snapshot read(CensusYear year, Collection<Long> personIds) {
        boolean some = personIds != null;
        Long[] ids = some ? personIds.toArray(Long[]::new) : new Long[0];
        String with = episodes(some);
        String inScope = "IN (SELECT person_id FROM episode)";
        List<CensusRows.PersonRow> people = query(year, ids, with + """
                SELECT id, coalesce(la_child_id, id::text) AS la_child_id, upn, former_upn, upn_unknown_reason,
                       date_of_birth, expected_date_of_birth, gender, date_of_death, ethnicity
                FROM person WHERE id\s""" + inScope + " ORDER BY id")
                .query((rs, n) -> new CensusRows.PersonRow(rs.getLong("id"), rs.getString("la_child_id"),
                        trim(rs.getString("upn")), trim(rs.getString("former_upn")), rs.getString("upn_unknown_reason"),
                        date(rs, "date_of_birth"), date(rs, "expected_date_of_birth"), rs.getString("gender"),
                        date(rs, "date_of_death"), rs.getString("ethnicity")))
                .list();
        List<CensusRows.DisabilityRow> disabilities = query(year, ids, with
                + "SELECT person_id, code FROM person_disability WHERE person_id " + inScope + " ORDER BY person_id, code")
                .query((rs, n) -> new CensusRows.DisabilityRow(rs.getLong("person_id"), rs.getString("code")))
                .list();
        List<CensusRows.ReferralRow> referrals = query(year, ids, with + """
                SELECT id, person_id, referral_date, source_code, primary_need_code, closure_date, closure_reason,
                       census_referral_nfa
                FROM episode ORDER BY person_id, referral_date, id""")
                .query((rs, n) -> new CensusRows.ReferralRow(rs.getLong("id"), rs.getLong("person_id"),
                        date(rs, "referral_date"), rs.getString("source_code"), rs.getString("primary_need_code"),
                        date(rs, "closure_date"), rs.getString("closure_reason"),
                        (Boolean) rs.getObject("census_referral_nfa")))
                .list();
        List<CensusRows.AssessmentRow> assessments = query(year, ids, with + """
                SELECT id, referral_id, started_on, internal_review_date, authorised_on, factors
                FROM single_assessment
                WHERE person_id\s""" + inScope + """
                 AND referral_id IN (SELECT id FROM episode)
                ORDER BY referral_id, started_on, id""")
                .query((rs, n) -> new CensusRows.AssessmentRow(rs.getLong("id"), rs.getLong("referral_id"),
                        date(rs, "started_on"), date(rs, "internal_review_date"), date(rs, "authorised_on"),
                        strings(rs.getArray("factors"))))
                .list();
        List<CensusRows.Section47Row> section47s = query(year, ids, with + """
                SELECT s.id, d.referral_id, s.started_on, s.icpc_due_on, s.completed_on, s.outcome,
                       c.held_on AS initial_conference
                FROM s47_enquiry s
                JOIN strategy_discussion d ON d.id = s.strategy_discussion_id
                LEFT JOIN cp_conference c ON c.s47_enquiry_id = s.id AND c.kind = 'INITIAL'
                WHERE s.person_id\s""" + inScope + """
                 AND d.referral_id IN (SELECT id FROM episode)
                ORDER BY d.referral_id, s.started_on, s.id""")
                .query((rs, n) -> new CensusRows.Section47Row(rs.getLong("id"), rs.getLong("referral_id"),
                        date(rs, "started_on"), date(rs, "icpc_due_on"), date(rs, "completed_on"),
                        rs.getString("outcome"), date(rs, "initial_conference")))
                .list();
        List<CensusRows.CinPlanRow> cinPlans = query(year, ids, with + """
                SELECT id, person_id, started_on, ended_on FROM child_plan
                WHERE kind = 'CIN' AND person_id\s""" + inScope + " ORDER BY person_id, started_on, id")
                .query((rs, n) -> new CensusRows.CinPlanRow(rs.getLong("id"), rs.getLong("person_id"),
                        date(rs, "started_on"), date(rs, "ended_on")))
                .list();
        List<CensusRows.CpPlanRow> cpPlans = query(year, ids, with + """
                SELECT p.id, p.person_id, p.started_on, p.ended_on, coalesce(c.category, p.category) AS initial_category,
                       p.category, p.previous_plans, p.latest_category
                FROM cp_plan p LEFT JOIN cp_conference c ON c.id = p.conference_id
                WHERE p.person_id\s""" + inScope + " ORDER BY p.person_id, p.started_on, p.id")
                .query((rs, n) -> new CensusRows.CpPlanRow(rs.getLong("id"), rs.getLong("person_id"),
                        date(rs, "started_on"), date(rs, "ended_on"), rs.getString("initial_category"),
                        rs.getString("category"),
                        (Integer) rs.getObject("previous_plans"), rs.getString("latest_category")))
                .list();
        List<CensusRows.ReviewRow> reviews = query(year, ids, with + """
                SELECT plan_id, held_on, decision, category FROM cp_conference
                WHERE kind = 'REVIEW' AND person_id\s""" + inScope + " ORDER BY plan_id, held_on, id")
                .query((rs, n) -> new CensusRows.ReviewRow(rs.getLong("plan_id"), date(rs, "held_on"),
                        rs.getString("decision"), rs.getString("category")))
                .list();
        // LBPSentDate is the first sending of any letter naming this pre-proceedings (a resend is
        // a new version of the same letter); meetings and letters after the reference date are not
        // in the year's picture.
        List<CensusRows.PreProceedingsRow> preProceedings = query(year, ids, with + """
                SELECT pp.id, pp.person_id, pp.started_on, pp.fgdm_offered_on, pp.fgdm_held_on, pp.step_decision_on,
                       pp.outcome, pp.court_application_on, pp.issue_letter_sent_on,
                       (SELECT min(s.sent_on) FROM proceedings_letter_sent s
                          JOIN proceedings_letter_child c ON c.letter_id = s.letter_id
                         WHERE c.pre_proceedings_id = pp.id AND s.sent_on <= :reference) AS letter_sent_on,
                       (SELECT min(m.held_on) FROM pre_proceedings_meeting m
                         WHERE m.pre_proceedings_id = pp.id AND m.kind = 'INITIAL' AND m.held_on <= :reference)
                           AS initial_meeting_on,
                       (SELECT count(*) FROM pre_proceedings_meeting m
                         WHERE m.pre_proceedings_id = pp.id AND m.kind = 'REVIEW' AND m.held_on <= :reference)
                           AS reviews_held
                FROM pre_proceedings pp
                WHERE pp.person_id\s""" + inScope + " ORDER BY pp.person_id, pp.started_on, pp.id")
                .query((rs, n) -> new CensusRows.PreProceedingsRow(rs.getLong("id"), rs.getLong("person_id"),
                        date(rs, "started_on"), date(rs, "letter_sent_on"), date(rs, "fgdm_offered_on"),
                        date(rs, "fgdm_held_on"), date(rs, "initial_meeting_on"), rs.getInt("reviews_held"),
                        date(rs, "step_decision_on"), rs.getString("outcome"), date(rs, "court_application_on"),
                        date(rs, "issue_letter_sent_on")))
                .list();
        return new CensusRows.Snapshot(people, disabilities, referrals, assessments, section47s, cinPlans, cpPlans,
                reviews, preProceedings);
    }

    private JdbcClient.StatementSpec query(CensusYear year, Long[] ids, String sql) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql)
                .param("reference", year.referenceDate())
                .param("start", year.start());
        return sql.contains(":ids") ? spec.param("ids", ids) : spec;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    /** UPNs are char(13): a shorter value read back is padded, which is not how it was recorded. */
    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}

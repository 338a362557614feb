package org.opencsc.returns.annexa;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.opencsc.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A hand-made child for Annex A, with every record at fixed past dates, so the values of their
 * rows are known without asking the code under test. The inspection date is {@link #DATE},
 * 30 June 2026: "the six months up to it" run from 31 December 2025 to 30 June 2026.
 *
 * <p>Kim (female, MWBA, autism recorded, born 10 March 2015: 11 at the date) is held by a team of
 * her own whose name starts with "=" (a formula, which must arrive as text) and worker "Worker
 * {surname}" from 5 January 2026. Her history:
 * <ul>
 * <li>5 January 2025: contact and referral, closed 1 February 2025 RC8 with nothing after it
 * (exactly 12 months before the January 2026 referral: not counted in its last 12 months);</li>
 * <li>1 March 2025: contact and referral (counted), strategy discussion and Section 47 on 3 March,
 * ICPC 24 March 2025 and a plan (category PHY) ended 15 September 2025, the episode closed
 * 30 September 2025 RC7;</li>
 * <li>30 December 2025: a contact exactly six months before the date (not on list 1);</li>
 * <li>5 January 2026 09:30: contact from a school (2A), referral (need N1) allocated to the team;
 * assessment started 6 January, completed 20 February, authorised 25 February, child in need;
 * a visit on 20 January saw her (not alone);</li>
 * <li>23 February 2026: strategy discussion and Section 47, completed 10 March needing an ICPC;
 * ICPC 12 March 2026, plan EMO from 12 March; review 4 June 2026 continuing it as NEG;</li>
 * <li>2 April 2026: contact decided on 3 April as early help with "Family Hub North";</li>
 * <li>15 May 2026: a visit that saw her alone; 10 July 2026: a visit after the date (ignored).</li>
 * </ul>
 */
final class AnnexAChild {

    static final LocalDate DATE = LocalDate.of(2026, 6, 30);

    final String surname;
    final String childId;
    final String team;
    final String worker;
    final long personId;
    final long teamId;
    final long workerId;
    long referral2026;

    private final JdbcClient jdbc;

    private AnnexAChild(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.surname = Fixtures.uniqueSurname("Annex");
        this.childId = "AX" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        this.team = "=SUM(1) Team " + surname;
        this.worker = "Worker " + surname;
        this.teamId = jdbc.sql("INSERT INTO team (name, service_area, kind) VALUES (?, 'Annex A test', 'SAFEGUARDING') RETURNING id")
                .params(team).query(Long.class).single();
        this.workerId = jdbc.sql("""
                INSERT INTO app_user (username, display_name, role) VALUES (?, ?, 'SOCIAL_WORKER') RETURNING id""")
                .params("w" + surname.toLowerCase(), worker).query(Long.class).single();
        this.personId = jdbc.sql("""
                INSERT INTO person (is_child, given_name, family_name, date_of_birth, gender, ethnicity, la_child_id)
                VALUES (true, 'Kim', ?, DATE '2015-03-10', '2', 'MWBA', ?) RETURNING id""")
                .params(surname, childId).query(Long.class).single();
    }

    static AnnexAChild create(JdbcClient jdbc) {
        AnnexAChild kim = new AnnexAChild(jdbc);
        kim.history();
        return kim;
    }

    private void history() {
        jdbc.sql("INSERT INTO person_disability (person_id, code) VALUES (?, 'AUT')").params(personId).update();
        jdbc.sql("INSERT INTO allocation (person_id, team_id, worker_id, start_date) VALUES (?, ?, ?, DATE '2026-01-05')")
                .params(personId, teamId, workerId).update();

        referral(contact("2025-01-05 10:00:00+00", "1A"), "2025-01-05", "1A", "N4", "2025-02-01", "RC8");
        long second = referral(contact("2025-03-01 10:00:00+00", "6"), "2025-03-01", "6", "N1", "2025-09-30", "RC7");
        long secondS47 = section47(second, "2025-03-03 11:00:00+00", "2025-03-03", "2025-03-20");
        long secondIcpc = conference(secondS47, "2025-03-24", "PHY");
        plan(secondIcpc, "PHY", "2025-03-24", "2025-09-15");
        contact("2025-12-30 12:00:00+00", "8");

        long january = contact("2026-01-05 09:30:00+00", "2A");
        referral2026 = referral(january, "2026-01-05", "2A", "N1", null, null);
        jdbc.sql("UPDATE referral SET team_id = ?, worker_id = ?, re_referral = true WHERE id = ?")
                .params(teamId, workerId, referral2026).update();
        jdbc.sql("""
                INSERT INTO single_assessment (referral_id, person_id, started_on, due_on, status, started_by, started_at,
                                               outcome, completed_on, authorised_on, submitted_by, authorised_by)
                VALUES (?, ?, DATE '2026-01-06', DATE '2026-03-09', 'AUTHORISED', 'social', '2026-01-06 09:00:00+00',
                        'CHILD_IN_NEED', DATE '2026-02-20', DATE '2026-02-25', 'social', 'manager')""")
                .params(referral2026, personId).update();
        visit("2026-01-20", true, false);
        long s47 = section47(referral2026, "2026-02-23 10:00:00+00", "2026-02-23", "2026-03-10");
        long icpc = conference(s47, "2026-03-12", "EMO");
        long plan = plan(icpc, "EMO", "2026-03-12", null);
        jdbc.sql("""
                INSERT INTO cp_conference (person_id, kind, plan_id, held_on, chair, attendees, child_views, plan_needed,
                                           category, reasons, recorded_by, decision)
                VALUES (?, 'REVIEW', ?, DATE '2026-06-04', 'chair', 'All', 'Kim spoke to the chair', true, 'NEG',
                        'Neglect is now the concern', 'chair', 'CONTINUE_PLAN')""")
                .params(personId, plan).update();

        long april = contact("2026-04-02 10:00:00+01", "3A");
        jdbc.sql("""
                INSERT INTO contact_decision (contact_id, outcome, reason, early_help_service, decided_by, decided_at)
                VALUES (?, 'EARLY_HELP', 'Support from the family hub', 'Family Hub North', 'duty', '2026-04-03 10:00:00+01')""")
                .params(april).update();
        visit("2026-05-15", true, true);
        visit("2026-07-10", true, false);
    }

    long contact(String receivedAt, String source) {
        long id = jdbc.sql("""
                INSERT INTO contact (received_at, recorded_by, source_code, reported, urgency, consent, decision_due_on, status)
                VALUES (CAST(? AS timestamptz), 'contact', ?, 'Worried about Kim', 'STANDARD', 'GIVEN',
                        CAST(CAST(? AS timestamptz) AS date) + 1, 'DECIDED') RETURNING id""")
                .params(receivedAt, source, receivedAt).query(Long.class).single();
        jdbc.sql("INSERT INTO contact_child (contact_id, person_id) VALUES (?, ?)").params(id, personId).update();
        return id;
    }

    private long referral(long contact, String on, String source, String need, String closed, String reason) {
        return jdbc.sql("""
                INSERT INTO referral (contact_id, person_id, referral_date, source_code, primary_need_code, re_referral,
                                      closure_date, closure_reason)
                VALUES (?, ?, CAST(? AS date), ?, ?, false, CAST(? AS date), ?) RETURNING id""")
                .params(contact, personId, on, source, need, closed, reason).query(Long.class).single();
    }

    private long section47(long referral, String heldAt, String started, String completed) {
        long discussion = jdbc.sql("""
                INSERT INTO strategy_discussion (referral_id, person_id, held_at, recorded_by, information, s47_decision,
                                                 decision_reason, icpc_due_on)
                VALUES (?, ?, CAST(? AS timestamptz), 'social', 'Police and health shared', 'START_S47', 'Risk of harm',
                        CAST(? AS date) + 15) RETURNING id""")
                .params(referral, personId, heldAt, started).query(Long.class).single();
        return jdbc.sql("""
                INSERT INTO s47_enquiry (strategy_discussion_id, person_id, started_on, icpc_due_on, completed_on, outcome,
                                         completed_by)
                VALUES (?, ?, CAST(? AS date), CAST(? AS date) + 15, CAST(? AS date), 'ICPC_REQUIRED', 'social') RETURNING id""")
                .params(discussion, personId, started, started, completed).query(Long.class).single();
    }

    private long conference(long s47, String heldOn, String category) {
        return jdbc.sql("""
                INSERT INTO cp_conference (person_id, kind, s47_enquiry_id, held_on, chair, attendees, child_views,
                                           plan_needed, category, reasons, recorded_by)
                VALUES (?, 'INITIAL', ?, CAST(? AS date), 'chair', 'All', 'Kim wrote to the conference', true, ?,
                        'Significant harm', 'chair') RETURNING id""")
                .params(personId, s47, heldOn, category).query(Long.class).single();
    }

    private long plan(long conference, String category, String started, String ended) {
        return jdbc.sql("""
                INSERT INTO cp_plan (person_id, conference_id, category, started_on, core_group_due_on, first_review_due_on,
                                     repeat_plan, ended_on, end_reason, next_review_due_on, next_core_group_due_on)
                VALUES (?, ?, ?, CAST(? AS date), CAST(? AS date) + 14, CAST(? AS date) + 90, false, CAST(? AS date),
                        CASE WHEN CAST(? AS date) IS NULL THEN NULL ELSE 'No longer at risk' END, CAST(? AS date) + 90,
                        CAST(? AS date) + 14) RETURNING id""")
                .params(personId, conference, category, started, started, started, ended, ended, started, started)
                .query(Long.class).single();
    }

    private void visit(String on, boolean seen, boolean alone) {
        long visit = jdbc.sql("""
                INSERT INTO visit (visited_on, visitor, visitor_role, visit_type, place, recorded_by)
                VALUES (CAST(? AS date), 'social', 'SOCIAL_WORKER', 'STATUTORY', 'HOME', 'social') RETURNING id""")
                .params(on).query(Long.class).single();
        jdbc.sql("INSERT INTO visit_child (visit_id, person_id, seen, seen_alone) VALUES (?, ?, ?, ?)")
                .params(visit, personId, seen, alone).update();
    }
}

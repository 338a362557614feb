package org.opencsc.performance.figures;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.opencsc.performance.FigureQuery;
import org.opencsc.performance.Period;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A figure's hand-made dataset: a team of its own (so the demo council and other tests never
 * count), its children allocated to it, and the records the figures read, written straight in SQL
 * with the dates the test chooses (the journey's services would date them today).
 */
final class FigureData {

    /** Before every date the tests use: the children are the team's throughout. */
    static final LocalDate ALLOCATED_FROM = LocalDate.of(2018, 1, 1);

    private final JdbcClient jdbc;
    private final Fixtures fixtures;
    final long teamId;
    private final String surname;
    private Long otherTeamId;

    FigureData(JdbcClient jdbc, Fixtures fixtures, String stem) {
        this.jdbc = jdbc;
        this.fixtures = fixtures;
        this.surname = Fixtures.uniqueSurname(stem);
        this.teamId = team(surname);
    }

    private long team(String name) {
        return jdbc.sql("INSERT INTO team (name, service_area, kind) VALUES (:name, 'Figures tests', 'ASSESSMENT') RETURNING id")
                .param("name", "Figures " + name).query(Long.class).single();
    }

    /** A child held by the team from {@link #ALLOCATED_FROM} on. */
    long child(String given) {
        long id = fixtures.child(given, surname, LocalDate.of(2014, 5, 1));
        allocate(id, teamId, ALLOCATED_FROM, null);
        return id;
    }

    /** A child held by another team: the team filter leaves them out. */
    long childOfAnotherTeam(String given) {
        if (otherTeamId == null) {
            otherTeamId = team(surname + " other");
        }
        long id = fixtures.child(given, surname, LocalDate.of(2014, 5, 1));
        allocate(id, otherTeamId, ALLOCATED_FROM, null);
        return id;
    }

    /** A duplicate record of the team's, merged into {@code kept}: it is no longer counted. */
    long mergedChild(String given, long kept) {
        long id = child(given);
        jdbc.sql("UPDATE person SET merged_into = :kept WHERE id = :id").param("kept", kept).param("id", id).update();
        return id;
    }

    void allocate(long personId, long team, LocalDate from, LocalDate to) {
        jdbc.sql("INSERT INTO allocation (person_id, team_id, start_date, end_date) VALUES (?, ?, ?, ?)")
                .params(personId, team, Date.valueOf(from), to == null ? null : Date.valueOf(to)).update();
    }

    /** A London wall-clock time as the instant it was. */
    static Instant london(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(LondonTime.ZONE).toInstant();
    }

    long contact(Instant receivedAt, LocalDate dueOn, long... children) {
        long id = jdbc.sql("""
                        INSERT INTO contact (received_at, recorded_at, recorded_by, source_code, reported, urgency, consent,
                                             decision_due_on, status)
                        VALUES (:at, :at, 'Figures test', '1A', 'Figures test contact', 'STANDARD', 'GIVEN', :due, 'AWAITING_DECISION')
                        RETURNING id""")
                .param("at", Timestamp.from(receivedAt)).param("due", Date.valueOf(dueOn)).query(Long.class).single();
        for (long child : children) {
            jdbc.sql("INSERT INTO contact_child (contact_id, person_id) VALUES (?, ?)").params(id, child).update();
        }
        return id;
    }

    void decide(long contactId, String outcome, Instant decidedAt) {
        jdbc.sql("""
                        INSERT INTO contact_decision (contact_id, outcome, reason, early_help_service, primary_need_code,
                                                      decided_by, decided_at, signed_off_by, signed_off_at)
                        VALUES (:id, :outcome, 'Figures test', :eh, :need, 'Figures test', :at, 'Figures test', :at)""")
                .param("id", contactId).param("outcome", outcome)
                .param("eh", outcome.equals("EARLY_HELP") ? "Family hub" : null)
                .param("need", outcome.equals("REFERRAL") ? "N1" : null)
                .param("at", Timestamp.from(decidedAt)).update();
        jdbc.sql("UPDATE contact SET status = 'DECIDED' WHERE id = :id").param("id", contactId).update();
    }

    /** A referral on {@code date}, from a contact that came in that day; {@code storedFlag} is referral.re_referral. */
    long referral(long personId, LocalDate date, boolean storedFlag) {
        long contact = contact(date.atTime(10, 0).atZone(LondonTime.ZONE).toInstant(), date, personId);
        return jdbc.sql("""
                        INSERT INTO referral (contact_id, person_id, referral_date, source_code, primary_need_code, re_referral)
                        VALUES (:contact, :person, :date, '1A', 'N1', :re) RETURNING id""")
                .param("contact", contact).param("person", personId).param("date", Date.valueOf(date)).param("re", storedFlag)
                .query(Long.class).single();
    }

    /** A single assessment of the referral on {@code referralDate}, authorised on {@code authorisedOn} (null: in progress). */
    long assessment(long personId, LocalDate referralDate, LocalDate dueOn, LocalDate authorisedOn) {
        long referral = referral(personId, referralDate, false);
        return jdbc.sql("""
                        INSERT INTO single_assessment (referral_id, person_id, started_on, due_on, status, started_by, started_at,
                                                       completed_on, authorised_on)
                        VALUES (:referral, :person, :started, :due, :status, 'Figures test', :startedAt, :done, :done)
                        RETURNING id""")
                .param("referral", referral).param("person", personId).param("started", Date.valueOf(referralDate))
                .param("due", Date.valueOf(dueOn)).param("status", authorisedOn == null ? "IN_PROGRESS" : "AUTHORISED")
                .param("startedAt", Timestamp.from(referralDate.atStartOfDay(LondonTime.ZONE).toInstant()))
                .param("done", authorisedOn == null ? null : Date.valueOf(authorisedOn))
                .query(Long.class).single();
    }

    /** A Section 47 enquiry started on {@code startedOn} by a strategy discussion that day. */
    long s47(long personId, LocalDate startedOn, LocalDate icpcDueOn) {
        long referral = referral(personId, startedOn.minusDays(1), false);
        long discussion = jdbc.sql("""
                        INSERT INTO strategy_discussion (referral_id, person_id, held_at, recorded_by, information, s47_decision,
                                                         decision_reason, icpc_due_on)
                        VALUES (:referral, :person, :at, 'Figures test', 'Figures test', 'START_S47', 'Figures test', :due)
                        RETURNING id""")
                .param("referral", referral).param("person", personId)
                .param("at", Timestamp.from(startedOn.atTime(11, 0).atZone(LondonTime.ZONE).toInstant()))
                .param("due", Date.valueOf(icpcDueOn)).query(Long.class).single();
        return jdbc.sql("""
                        INSERT INTO s47_enquiry (strategy_discussion_id, person_id, started_on, icpc_due_on)
                        VALUES (:discussion, :person, :started, :due) RETURNING id""")
                .param("discussion", discussion).param("person", personId).param("started", Date.valueOf(startedOn))
                .param("due", Date.valueOf(icpcDueOn)).query(Long.class).single();
    }

    /** An initial conference for the enquiry; a plan is needed when {@code category} is given. */
    long initialConference(long personId, long s47, LocalDate heldOn, String category) {
        return jdbc.sql("""
                        INSERT INTO cp_conference (person_id, kind, s47_enquiry_id, held_on, chair, attendees, child_views,
                                                   plan_needed, category, reasons, recorded_by)
                        VALUES (:person, 'INITIAL', :s47, :held, 'Figures chair', 'Figures test', 'Figures test',
                                :needed, :category, 'Figures test', 'Figures test')
                        RETURNING id""")
                .param("person", personId).param("s47", s47).param("held", Date.valueOf(heldOn))
                .param("needed", category != null).param("category", category).query(Long.class).single();
    }

    /**
     * A plan started at an initial conference on {@code startedOn} (with the enquiry before it),
     * its first review due 3 months later as the protection feature sets it.
     */
    long plan(long personId, LocalDate startedOn, LocalDate endedOn, String category, Integer previousPlans) {
        long s47 = s47(personId, startedOn.minusDays(14), startedOn);
        long conference = initialConference(personId, s47, startedOn, category);
        LocalDate firstReview = startedOn.plusMonths(3);
        return jdbc.sql("""
                        INSERT INTO cp_plan (person_id, conference_id, category, started_on, core_group_due_on, first_review_due_on,
                                             repeat_plan, next_review_due_on, next_core_group_due_on, ended_on, end_reason,
                                             previous_plans)
                        VALUES (:person, :conference, :category, :started, :started, :review, false, :review, :started, :ended,
                                :reason, :previous)
                        RETURNING id""")
                .param("person", personId).param("conference", conference).param("category", category)
                .param("started", Date.valueOf(startedOn)).param("review", Date.valueOf(firstReview))
                .param("ended", endedOn == null ? null : Date.valueOf(endedOn)).param("reason", endedOn == null ? null : "Figures test")
                .param("previous", previousPlans).query(Long.class).single();
    }

    /** A review conference of the plan: CONTINUE_PLAN under {@code category}, or END_PLAN when it is null. */
    long review(long planId, long personId, LocalDate heldOn, String category) {
        return jdbc.sql("""
                        INSERT INTO cp_conference (person_id, kind, plan_id, decision, held_on, chair, attendees, child_views,
                                                   plan_needed, category, reasons, recorded_by)
                        VALUES (:person, 'REVIEW', :plan, :decision, :held, 'Figures chair', 'Figures test', 'Figures test',
                                :continues, :category, 'Figures test', 'Figures test')
                        RETURNING id""")
                .param("person", personId).param("plan", planId).param("decision", category == null ? "END_PLAN" : "CONTINUE_PLAN")
                .param("held", Date.valueOf(heldOn)).param("continues", category != null).param("category", category)
                .query(Long.class).single();
    }

    /** The figure asked for this team only, over the period; today is the clock's (every test date is long past). */
    FigureQuery query(LocalDate from, LocalDate to, LocalDate today) {
        return new FigureQuery(new Period(from, to), today, List.of(teamId));
    }
}

package org.opencsc.protection.conference;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.opencsc.protection.AbuseCategory;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class ConferenceRepository {

    private final JdbcClient jdbc;

    ConferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean initialExistsFor(long enquiryId) {
        return jdbc.sql("SELECT count(*) FROM cp_conference WHERE s47_enquiry_id = :id").param("id", enquiryId)
                .query(Long.class).single() > 0;
    }

    long insertInitial(long personId, InitialConferenceInput in, String attendees, String recordedBy, Long chairUserId) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO cp_conference (person_id, kind, s47_enquiry_id, held_on, chair, attendees, child_views,
                                                   plan_needed, category, reasons, recorded_by, chair_user_id)
                        VALUES (:person, 'INITIAL', :enquiry, :held, :chair, :attendees, :views, :plan, :category, :reasons, :by,
                                :chairUser)
                        """)
                .param("person", personId).param("enquiry", in.s47EnquiryId()).param("held", Date.valueOf(in.heldOn()))
                .param("chair", in.chair().trim()).param("attendees", attendees)
                .param("views", in.childViews().trim()).param("plan", in.planNeeded())
                .param("category", in.planNeeded() ? in.category().name() : null).param("reasons", in.reasons().trim())
                .param("by", recordedBy).param("chairUser", chairUserId)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<ChildProtectionPlan> openPlan(long personId) {
        return plans("WHERE person_id = :id AND ended_on IS NULL", personId).stream().findFirst();
    }

    Optional<ChildProtectionPlan> planFromConference(long conferenceId) {
        return plans("WHERE conference_id = :id", conferenceId).stream().findFirst();
    }

    /** A previous plan for the child that ended in the two years before {@code on}: the new plan is a repeat plan. */
    boolean endedWithinTwoYearsBefore(long personId, LocalDate on) {
        return jdbc.sql("""
                        SELECT count(*) FROM cp_plan WHERE person_id = :id AND ended_on IS NOT NULL
                          AND ended_on > CAST(:on AS date) - interval '2 years' AND ended_on <= :on
                        """)
                .param("id", personId).param("on", Date.valueOf(on)).query(Long.class).single() > 0;
    }

    long insertPlan(long personId, long conferenceId, AbuseCategory category, LocalDate start, LocalDate coreGroupDue,
                    LocalDate firstReviewDue, boolean repeat) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO cp_plan (person_id, conference_id, category, started_on, core_group_due_on,
                                             first_review_due_on, repeat_plan, next_core_group_due_on, next_review_due_on)
                        VALUES (:person, :conference, :category, :start, :core, :review, :repeat, :core, :review)
                        """)
                .param("person", personId).param("conference", conferenceId).param("category", category.name())
                .param("start", Date.valueOf(start)).param("core", Date.valueOf(coreGroupDue))
                .param("review", Date.valueOf(firstReviewDue)).param("repeat", repeat)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<InitialConference> find(long id) {
        return initial("id", id);
    }

    /** The initial conference that followed an enquiry, once recorded. */
    Optional<InitialConference> initialAfterEnquiry(long enquiryId) {
        return initial("s47_enquiry_id", enquiryId);
    }

    private Optional<InitialConference> initial(String column, long id) {
        return jdbc.sql("SELECT * FROM cp_conference WHERE " + column + " = :id AND kind = 'INITIAL'").param("id", id)
                .query((rs, n) -> new InitialConference(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("s47_enquiry_id"),
                        rs.getDate("held_on").toLocalDate(), rs.getString("chair"), rs.getString("attendees"),
                        rs.getString("child_views"), rs.getBoolean("plan_needed"),
                        rs.getString("category") == null ? null : AbuseCategory.valueOf(rs.getString("category")),
                        rs.getString("reasons"), rs.getString("recorded_by")))
                .optional();
    }

    /** Keeps a conference's start time and its invitees, in the order they were given. */
    void insertMeeting(long conferenceId, ConferenceMeeting meeting) {
        jdbc.sql("UPDATE cp_conference SET starts_at = :at WHERE id = :id")
                .param("at", meeting.startsAt() == null ? null : java.sql.Time.valueOf(meeting.startsAt())).param("id", conferenceId)
                .update();
        for (int i = 0; i < meeting.invitees().size(); i++) {
            ConferenceMeeting.Invitee invitee = meeting.invitees().get(i);
            jdbc.sql("""
                            INSERT INTO cp_conference_invitee (conference_id, position, name, agency, attendance)
                            VALUES (:id, :position, :name, :agency, :attendance)
                            """)
                    .param("id", conferenceId).param("position", i).param("name", invitee.name().trim())
                    .param("agency", invitee.agency() == null || invitee.agency().isBlank() ? null : invitee.agency().trim())
                    .param("attendance", invitee.attendance().name()).update();
        }
    }

    /** A conference of either kind as it now reads, with its invitees. */
    Optional<ConferenceRecord> record(long id) {
        List<ConferenceMeeting.Invitee> invitees = invitees(id);
        return jdbc.sql("SELECT * FROM cp_conference WHERE id = :id").param("id", id)
                .query((rs, n) -> new ConferenceRecord(rs.getLong("id"), rs.getString("kind"), rs.getLong("person_id"),
                        (Long) rs.getObject("s47_enquiry_id", Long.class), (Long) rs.getObject("plan_id", Long.class),
                        rs.getDate("held_on").toLocalDate(),
                        rs.getTime("starts_at") == null ? null : rs.getTime("starts_at").toLocalTime(),
                        rs.getString("chair"), rs.getString("attendees"), invitees, rs.getString("child_views"),
                        rs.getBoolean("plan_needed"), rs.getString("decision"),
                        rs.getString("category") == null ? null : AbuseCategory.valueOf(rs.getString("category")),
                        rs.getString("reasons"), rs.getString("recorded_by")))
                .optional();
    }

    /** The conference's start time and invitees, as recorded (none for a conference recorded before they were asked). */
    ConferenceMeeting meeting(long id) {
        LocalTime at = jdbc.sql("SELECT starts_at FROM cp_conference WHERE id = :id").param("id", id)
                .query((rs, n) -> rs.getTime(1) == null ? null : rs.getTime(1).toLocalTime()).optional().orElse(null);
        return new ConferenceMeeting(at, invitees(id));
    }

    private List<ConferenceMeeting.Invitee> invitees(long id) {
        return jdbc.sql("SELECT name, agency, attendance FROM cp_conference_invitee WHERE conference_id = :id ORDER BY position")
                .param("id", id)
                .query((rs, n) -> new ConferenceMeeting.Invitee(rs.getString("name"), rs.getString("agency"),
                        Attendance.valueOf(rs.getString("attendance"))))
                .list();
    }

    /** The date of the conference that followed an enquiry, if one has been held. */
    public Optional<LocalDate> heldOnAfterEnquiry(long enquiryId) {
        return jdbc.sql("SELECT held_on FROM cp_conference WHERE s47_enquiry_id = :id").param("id", enquiryId)
                .query((rs, n) -> rs.getDate(1).toLocalDate()).optional();
    }

    /** Corrects one column of a recorded conference; only the columns below can be corrected. */
    void correct(long id, String column, Object value) {
        if (!List.of("held_on", "attendees", "child_views", "reasons").contains(column)) {
            throw new IllegalArgumentException("Not a correctable column: " + column);
        }
        jdbc.sql("UPDATE cp_conference SET " + column + " = :value WHERE id = :id").param("value", value).param("id", id).update();
    }

    /** Whether a review conference or core group has been held under the plan since it started. */
    boolean planHasMovedOn(long planId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM cp_conference WHERE plan_id = :id)
                            OR EXISTS (SELECT 1 FROM cp_core_group WHERE plan_id = :id)
                        """).param("id", planId).query(Boolean.class).single();
    }

    /** A corrected conference date moves the start of the plan it decided on, and the dates that follow from it. */
    void movePlanStart(long conferenceId, LocalDate start, LocalDate coreGroupDue, LocalDate firstReviewDue) {
        jdbc.sql("""
                        UPDATE cp_plan SET started_on = :start, core_group_due_on = :core, first_review_due_on = :review,
                                           next_core_group_due_on = :core, next_review_due_on = :review
                        WHERE conference_id = :id
                        """)
                .param("start", Date.valueOf(start)).param("core", Date.valueOf(coreGroupDue))
                .param("review", Date.valueOf(firstReviewDue)).param("id", conferenceId).update();
    }

    public Optional<Long> personOf(long conferenceId) {
        return jdbc.sql("SELECT person_id FROM cp_conference WHERE id = :id").param("id", conferenceId)
                .query(Long.class).optional();
    }

    public Optional<ChildProtectionPlan> plan(long planId) {
        return plans("WHERE id = :id", planId).stream().findFirst();
    }

    private List<ChildProtectionPlan> plans(String where, long id) {
        return jdbc.sql("SELECT * FROM cp_plan " + where + " ORDER BY started_on DESC").param("id", id)
                .query((rs, n) -> mapPlan(rs)).list();
    }

    static ChildProtectionPlan mapPlan(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ChildProtectionPlan(rs.getLong("id"), rs.getLong("person_id"),
                rs.getLong("conference_id"), AbuseCategory.valueOf(rs.getString("category")),
                rs.getDate("started_on").toLocalDate(), rs.getDate("core_group_due_on").toLocalDate(),
                rs.getDate("first_review_due_on").toLocalDate(), rs.getBoolean("repeat_plan"),
                rs.getDate("ended_on") == null ? null : rs.getDate("ended_on").toLocalDate(),
                rs.getDate("next_core_group_due_on").toLocalDate(), rs.getDate("next_review_due_on").toLocalDate());
    }

    /**
     * The chair's account, which the chair's view lists their children by: the recorder's own when
     * a chair records their conference; otherwise (a manager recording on the chair's behalf) the
     * one active chair whose name is the name typed, or none when no chair or more than one has it.
     */
    Long chairAccount(CurrentUser recorder, String typedChair) {
        if (recorder.is(Role.CONFERENCE_CHAIR)) {
            return recorder.id();
        }
        if (typedChair == null || typedChair.isBlank()) {
            return null;
        }
        List<Long> named = jdbc.sql("""
                        SELECT id FROM app_user
                        WHERE role = 'CONFERENCE_CHAIR' AND active AND lower(display_name) = lower(:name)
                        """)
                .param("name", typedChair.trim())
                .query(Long.class).list();
        return named.size() == 1 ? named.getFirst() : null;
    }
}

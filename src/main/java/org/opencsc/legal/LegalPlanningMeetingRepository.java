package org.opencsc.legal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The legal planning meeting, its children, and the pre-proceedings it opens. */
@Repository
class LegalPlanningMeetingRepository {

    private final JdbcClient jdbc;

    LegalPlanningMeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertMeeting(LegalPlanningMeetingInput in, long socialWorkerId, long managerId, long legalAdviserId, long decisionId,
                       String recordedBy, long recordedById, Instant at) {
        return jdbc.sql("""
                        INSERT INTO legal_planning_meeting (held_on, social_worker_id, manager_id, legal_adviser_id, others_present,
                                                            threshold_discussion, decision, reasons, decision_id, recorded_by,
                                                            recorded_by_id, recorded_at)
                        VALUES (:heldOn, :sw, :mgr, :legal, :others, :threshold, :decision, :reasons, :decisionId, :by, :byId, :at)
                        RETURNING id""")
                .param("heldOn", in.heldOn()).param("sw", socialWorkerId).param("mgr", managerId).param("legal", legalAdviserId)
                .param("others", blankToNull(in.othersPresent())).param("threshold", in.thresholdDiscussion().trim())
                .param("decision", in.decision().name()).param("reasons", in.reasons().trim()).param("decisionId", decisionId)
                .param("by", recordedBy).param("byId", recordedById).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    void addChild(long meetingId, long personId) {
        jdbc.sql("INSERT INTO legal_planning_meeting_child (meeting_id, person_id) VALUES (:m, :p)")
                .param("m", meetingId).param("p", personId).update();
    }

    long openPreProceedings(long personId, long meetingId, LocalDate startedOn, LocalDate aimOn, String aimSetHow, String recordedBy,
                            Instant at) {
        return jdbc.sql("""
                        INSERT INTO pre_proceedings (person_id, meeting_id, started_on, aim_on, aim_set_how, recorded_by, recorded_at)
                        VALUES (:p, :m, :start, :aim, :how, :by, :at) RETURNING id""")
                .param("p", personId).param("m", meetingId).param("start", startedOn).param("aim", aimOn).param("how", aimSetHow)
                .param("by", recordedBy).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    List<PreProceedingsSummary> preProceedingsOf(List<Long> personIds) {
        return jdbc.sql("""
                        SELECT id, person_id, meeting_id, started_on, aim_on, aim_set_how, fgdm_offered_on, fgdm_held_on,
                               step_decision_on, outcome, court_application_on, version
                        FROM pre_proceedings WHERE person_id IN (:ids) ORDER BY started_on DESC, id DESC""")
                .param("ids", personIds).query(PreProceedingsSummary.class).list();
    }

    java.util.Optional<PreProceedingsSummary> preProceedings(long id) {
        return jdbc.sql("""
                        SELECT id, person_id, meeting_id, started_on, aim_on, aim_set_how, fgdm_offered_on, fgdm_held_on,
                               step_decision_on, outcome, court_application_on, version
                        FROM pre_proceedings WHERE id = :id""")
                .param("id", id).query(PreProceedingsSummary.class).optional();
    }

    List<PreProceedingsMeeting> meetingsOf(long preProceedingsId) {
        return jdbc.sql("""
                        SELECT id, kind, planned_on, planned_at_time AS planned_at, place, held_on, attendance, summary, version
                        FROM pre_proceedings_meeting
                        WHERE pre_proceedings_id = :id ORDER BY planned_on, id""")
                .param("id", preProceedingsId).query(PreProceedingsMeeting.class).list();
    }

    List<PreProceedingsExtension> extensionsOf(long preProceedingsId) {
        return jdbc.sql("""
                        SELECT previous_aim_on, new_aim_on, reason, decided_by FROM pre_proceedings_extension
                        WHERE pre_proceedings_id = :id ORDER BY decided_at, id""")
                .param("id", preProceedingsId).query(PreProceedingsExtension.class).list();
    }

    long insertMeeting(long ppId, String kind, LocalDate plannedOn, LocalTime plannedAt, String place, String recordedBy, Instant at) {
        return jdbc.sql("""
                        INSERT INTO pre_proceedings_meeting (pre_proceedings_id, kind, planned_on, planned_at_time, place, recorded_by,
                                                             recorded_at)
                        VALUES (:pp, :kind, :on, :time, :place, :by, :at) RETURNING id""")
                .param("pp", ppId).param("kind", kind).param("on", plannedOn).param("time", plannedAt).param("place", place)
                .param("by", recordedBy)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

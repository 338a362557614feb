package org.opencsc.legal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The writes of each pre-proceedings step. Every step first claims the pre-proceedings' version,
 * so two people recording steps on the same pre-proceedings cannot both act on what they last saw.
 */
@Repository
class PreProceedingsStepRepository {

    private final JdbcClient jdbc;

    PreProceedingsStepRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when the version was the current one (and is now the next); false when someone else changed it first. */
    boolean claim(long ppId, int version) {
        return jdbc.sql("UPDATE pre_proceedings SET version = version + 1 WHERE id = :id AND version = :v")
                .param("id", ppId).param("v", version).update() == 1;
    }

    /** Claims whatever the version is now (a step sent without one, as the meeting-planning API allows). */
    void bump(long ppId) {
        jdbc.sql("UPDATE pre_proceedings SET version = version + 1 WHERE id = :id").param("id", ppId).update();
    }

    void meetingHeld(long meetingId, LocalDate heldOn, String attendance, String summary) {
        jdbc.sql("""
                        UPDATE pre_proceedings_meeting SET held_on = :on, attendance = :who, summary = :summary, version = version + 1
                        WHERE id = :id""")
                .param("id", meetingId).param("on", heldOn).param("who", attendance).param("summary", summary).update();
    }

    void fgdm(long ppId, LocalDate offeredOn, LocalDate heldOn) {
        jdbc.sql("UPDATE pre_proceedings SET fgdm_offered_on = :offered, fgdm_held_on = :held WHERE id = :id")
                .param("id", ppId).param("offered", offeredOn).param("held", heldOn).update();
    }

    void extend(long ppId, LocalDate previousAim, LocalDate newAim, String reason, String aimSetHow, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO pre_proceedings_extension (pre_proceedings_id, previous_aim_on, new_aim_on, reason, decided_by, decided_at)
                        VALUES (:pp, :previous, :next, :reason, :by, :at)""")
                .param("pp", ppId).param("previous", previousAim).param("next", newAim).param("reason", reason).param("by", by)
                .param("at", Timestamp.from(at)).update();
        jdbc.sql("UPDATE pre_proceedings SET aim_on = :aim, aim_set_how = :how WHERE id = :id")
                .param("id", ppId).param("aim", newAim).param("how", aimSetHow).update();
    }

    void decide(long ppId, LocalDate decidedOn, PreProceedingsOutcome outcome, String reasons, LocalDate courtApplicationOn,
                LocalDate issueLetterSentOn) {
        jdbc.sql("""
                        UPDATE pre_proceedings SET step_decision_on = :on, outcome = :outcome, outcome_reasons = :reasons,
                               court_application_on = :court, issue_letter_sent_on = :letter
                        WHERE id = :id""")
                .param("id", ppId).param("on", decidedOn).param("outcome", outcome.name()).param("reasons", reasons)
                .param("court", courtApplicationOn).param("letter", issueLetterSentOn).update();
    }
}

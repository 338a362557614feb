package org.opencsc.legal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The letter before proceedings: its draft, the children and recipients, its sections and each version sent. */
@Repository
class ProceedingsLetterRepository {

    /** The letter's own row. */
    record LetterRow(long id, Long meetingId, boolean offersFgdm, String createdBy, int version) {
    }

    /** A child the letter is about, through their pre-proceedings. */
    record LetterChild(long preProceedingsId, long personId) {
    }

    /** The meeting the letter invites to. */
    record MeetingRow(long id, String kind, LocalDate plannedOn, LocalTime plannedAtTime, String place) {
    }

    /** One version of the letter sent. */
    record SentRow(int number, LocalDate sentOn, String sentBy, long documentId, String overrideReason, String overrideBy) {
    }

    private final JdbcClient jdbc;

    ProceedingsLetterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertLetter(Long meetingId, boolean offersFgdm, String createdBy, Instant at) {
        return jdbc.sql("""
                        INSERT INTO proceedings_letter (meeting_id, offers_fgdm, created_by, created_at)
                        VALUES (:m, :fgdm, :by, :at) RETURNING id""")
                .param("m", meetingId).param("fgdm", offersFgdm).param("by", createdBy).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    void addChild(long letterId, long ppId, long personId) {
        jdbc.sql("INSERT INTO proceedings_letter_child (letter_id, pre_proceedings_id, person_id) VALUES (:l, :pp, :p)")
                .param("l", letterId).param("pp", ppId).param("p", personId).update();
    }

    void addRecipient(long letterId, long personId) {
        jdbc.sql("INSERT INTO proceedings_letter_recipient (letter_id, person_id) VALUES (:l, :p) ON CONFLICT DO NOTHING")
                .param("l", letterId).param("p", personId).update();
    }

    void putSection(long letterId, LetterSection section, String body) {
        jdbc.sql("""
                        INSERT INTO proceedings_letter_section (letter_id, section, body) VALUES (:l, :s, :b)
                        ON CONFLICT (letter_id, section) DO UPDATE SET body = EXCLUDED.body""")
                .param("l", letterId).param("s", section.name()).param("b", body).update();
    }

    /** Moves the draft on a version, only from the version the editor loaded: false when someone saved meanwhile. */
    boolean bumpVersion(long letterId, int expectedVersion) {
        return jdbc.sql("UPDATE proceedings_letter SET version = version + 1 WHERE id = :id AND version = :v")
                .param("id", letterId).param("v", expectedVersion).update() == 1;
    }

    Optional<LetterRow> letter(long id) {
        return jdbc.sql("SELECT id, meeting_id, offers_fgdm, created_by, version FROM proceedings_letter WHERE id = :id")
                .param("id", id).query(LetterRow.class).optional();
    }

    List<LetterChild> children(long letterId) {
        return jdbc.sql("""
                        SELECT c.pre_proceedings_id, c.person_id FROM proceedings_letter_child c
                        JOIN pre_proceedings pp ON pp.id = c.pre_proceedings_id
                        WHERE c.letter_id = :l ORDER BY pp.id""")
                .param("l", letterId).query(LetterChild.class).list();
    }

    List<Long> recipients(long letterId) {
        return jdbc.sql("SELECT person_id FROM proceedings_letter_recipient WHERE letter_id = :l ORDER BY person_id")
                .param("l", letterId).query(Long.class).list();
    }

    Map<LetterSection, String> sections(long letterId) {
        Map<LetterSection, String> sections = new EnumMap<>(LetterSection.class);
        jdbc.sql("SELECT section, body FROM proceedings_letter_section WHERE letter_id = :l").param("l", letterId)
                .query((rs, n) -> Map.entry(rs.getString("section"), rs.getString("body"))).list()
                .forEach(e -> LetterSection.parse(e.getKey()).ifPresent(s -> sections.put(s, e.getValue())));
        return sections;
    }

    List<SentRow> sent(long letterId) {
        return jdbc.sql("""
                        SELECT number, sent_on, sent_by, document_id, override_reason, override_by FROM proceedings_letter_sent
                        WHERE letter_id = :l ORDER BY number""")
                .param("l", letterId).query(SentRow.class).list();
    }

    void insertSent(long letterId, int number, LocalDate sentOn, String sentBy, Instant at, long documentId, String sectionsJson,
                    String findingsJson, String overrideReason, String overrideBy) {
        jdbc.sql("""
                        INSERT INTO proceedings_letter_sent (letter_id, number, sent_on, sent_by, sent_at, document_id, sections,
                                                             findings, override_reason, override_by)
                        VALUES (:l, :n, :on, :by, :at, :doc, :sections::jsonb, :findings::jsonb, :reason, :overrideBy)""")
                .param("l", letterId).param("n", number).param("on", sentOn).param("by", sentBy).param("at", Timestamp.from(at))
                .param("doc", documentId).param("sections", sectionsJson).param("findings", findingsJson)
                .param("reason", overrideReason).param("overrideBy", overrideBy).update();
    }

    /** The letters any of these people (a child and the records merged into it) is on, newest first. */
    List<Long> lettersAbout(List<Long> personIds) {
        return jdbc.sql("""
                        SELECT DISTINCT letter_id FROM proceedings_letter_child WHERE person_id IN (:ids) ORDER BY letter_id DESC""")
                .param("ids", personIds).query(Long.class).list();
    }

    Optional<MeetingRow> meeting(long id) {
        return jdbc.sql("SELECT id, kind, planned_on, planned_at_time, place FROM pre_proceedings_meeting WHERE id = :id")
                .param("id", id).query(MeetingRow.class).optional();
    }

    /** The next meeting of these pre-proceedings not yet held, the one a new letter invites to. */
    Optional<MeetingRow> nextMeeting(long ppId) {
        return jdbc.sql("""
                        SELECT id, kind, planned_on, planned_at_time, place FROM pre_proceedings_meeting
                        WHERE pre_proceedings_id = :pp AND held_on IS NULL ORDER BY planned_on, id LIMIT 1""")
                .param("pp", ppId).query(MeetingRow.class).optional();
    }

    /** The threshold discussion of the legal planning meeting that opened these pre-proceedings: where the worries start. */
    Optional<String> thresholdDiscussion(long ppId) {
        return jdbc.sql("""
                        SELECT m.threshold_discussion FROM pre_proceedings pp JOIN legal_planning_meeting m ON m.id = pp.meeting_id
                        WHERE pp.id = :pp""")
                .param("pp", ppId).query(String.class).optional();
    }
}

package org.opencsc.frontdoor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ContactRepository {

    private final JdbcClient jdbc;

    ContactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * {@code recordedAt} is the application's "now": the table checks a contact was not received
     * after it was recorded, and both sides of that check must come from the same clock.
     */
    long insert(ContactInput in, LocalDate dueOn, String recordedBy, Instant recordedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO contact (received_at, recorded_at, recorded_by, source_code, contactor_name, contactor_agency,
                            contactor_details, reported, urgency, consent, consent_scope, sharing_reason, out_of_hours,
                            handover_note, decision_due_on, status, presenting_concern, concern_details, contactor_role,
                            contactor_relationship, child_school, child_gp, parents_or_carers, child_words)
                        VALUES (:received, :recorded, :by, :source, :name, :agency, :details, :reported, :urgency, :consent, :scope,
                            :reason, :ooh, :handover, :due, 'AWAITING_DECISION', :concern, :concernDetails, :role,
                            :relationship, :school, :gp, :carers, :childWords)
                        """)
                .param("received", Timestamp.from(in.receivedAt()))
                .param("recorded", Timestamp.from(recordedAt))
                .param("by", recordedBy)
                .param("source", in.source().code())
                .param("name", trim(in.contactorName()))
                .param("agency", trim(in.contactorAgency()))
                .param("details", trim(in.contactorDetails()))
                .param("reported", in.reported().trim())
                .param("urgency", in.urgency().name())
                .param("consent", in.consent().name())
                .param("scope", trim(in.consentScope()))
                .param("reason", trim(in.sharingReason()))
                .param("ooh", in.outOfHours())
                .param("handover", trim(in.handoverNote()))
                .param("due", dueOn)
                .param("concern", in.gathered().presentingConcern() == null ? null : in.gathered().presentingConcern().name())
                .param("concernDetails", trim(in.gathered().concernDetails()))
                .param("role", trim(in.gathered().contactorRole()))
                .param("relationship", trim(in.gathered().contactorRelationship()))
                .param("school", trim(in.gathered().childSchool()))
                .param("gp", trim(in.gathered().childGp()))
                .param("carers", trim(in.gathered().parentsOrCarers()))
                .param("childWords", trim(in.gathered().childWords()))
                .update(key, "id");
        long id = key.getKey().longValue();
        jdbc.sql("INSERT INTO contact_child (contact_id, person_id) SELECT :id, unnest(:children::bigint[]) ON CONFLICT DO NOTHING")
                .param("id", id).param("children", in.childIds().stream().distinct().toArray(Long[]::new)).update();
        return id;
    }

    java.util.Map<Long, String> handoverNotes(java.util.Collection<Long> contactIds) {
        java.util.Map<Long, String> notes = new java.util.HashMap<>();
        jdbc.sql("SELECT id, handover_note FROM contact WHERE id = ANY(:ids::bigint[]) AND handover_note IS NOT NULL")
                .param("ids", contactIds.toArray(Long[]::new))
                .query((rs, n) -> notes.put(rs.getLong(1), rs.getString(2))).list();
        return notes;
    }

    Optional<Contact> find(long id) {
        return withDetails(jdbc.sql("SELECT * FROM contact WHERE id = :id").param("id", id).query((rs, n) -> map(rs)).list())
                .stream().findFirst();
    }

    /** Contacts not yet decided, soonest due first (then the oldest received). */
    List<Contact> undecided(int limit) {
        return withDetails(jdbc.sql("""
                        SELECT * FROM contact WHERE status <> 'DECIDED'
                        ORDER BY decision_due_on, CASE urgency WHEN 'IMMEDIATE' THEN 0 WHEN 'SAME_DAY' THEN 1 ELSE 2 END,
                                 received_at LIMIT :limit
                        """)
                .param("limit", limit).query((rs, n) -> map(rs)).list());
    }

    List<Contact> forChild(long personId) {
        return withDetails(jdbc.sql("""
                        SELECT c.* FROM contact c JOIN contact_child cc ON cc.contact_id = c.id
                        WHERE cc.person_id = :id ORDER BY c.received_at DESC
                        """)
                .param("id", personId).query((rs, n) -> map(rs)).list());
    }

    /**
     * Pairs of these children who are one family: related directly (siblings), or through one
     * person both are related to (a shared parent or carer, a sibling's sibling).
     */
    List<long[]> familyLinks(java.util.Collection<Long> childIds) {
        // Only the queue's children's own links are read (by the two relationship indexes): a pair is
        // one family when one links straight to the other, or both link to one person.
        return jdbc.sql("""
                        WITH own AS (SELECT person_id AS kid, related_person_id AS other FROM relationship
                                     WHERE person_id = ANY(:ids::bigint[])
                                     UNION SELECT related_person_id, person_id FROM relationship
                                     WHERE related_person_id = ANY(:ids::bigint[]))
                        SELECT kid, other FROM own WHERE other = ANY(:ids::bigint[]) AND other <> kid
                        UNION
                        SELECT x.kid, y.kid FROM own x JOIN own y ON y.other = x.other AND y.kid <> x.kid
                        """)
                .param("ids", childIds.toArray(Long[]::new))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    /** The contacts this user recorded, newest received first: a contact officer's recent work. */
    List<Contact> recordedBy(String username, int limit) {
        return withDetails(jdbc.sql("SELECT * FROM contact WHERE recorded_by = :by ORDER BY received_at DESC, id DESC LIMIT :limit")
                .param("by", username).param("limit", limit).query((rs, n) -> map(rs)).list());
    }

    void addCheck(long contactId, Agency agency, String outcome, Instant checkedAt, String by) {
        jdbc.sql("INSERT INTO agency_check (contact_id, agency, outcome, checked_at, recorded_by) VALUES (?, ?, ?, ?, ?)")
                .params(contactId, agency.name(), outcome.trim(), Timestamp.from(checkedAt), by).update();
    }

    /**
     * Moves the contact on only if nobody else changed it since the user loaded it (optimistic
     * locking): returns false when the version no longer matches.
     */
    boolean advance(long id, int expectedVersion, Contact.Status status) {
        return jdbc.sql("UPDATE contact SET status = :status, version = version + 1 WHERE id = :id AND version = :version")
                .param("status", status.name()).param("id", id).param("version", expectedVersion).update() == 1;
    }

    boolean touch(long id, int expectedVersion) {
        return jdbc.sql("UPDATE contact SET version = version + 1 WHERE id = :id AND version = :version")
                .param("id", id).param("version", expectedVersion).update() == 1;
    }

    void insertDecision(long contactId, DecisionOutcome outcome, String reason, String earlyHelp, PrimaryNeed need,
                        String by, Instant at, boolean signedOff) {
        jdbc.sql("""
                        INSERT INTO contact_decision (contact_id, outcome, reason, early_help_service, primary_need_code,
                            decided_by, decided_at, signed_off_by, signed_off_at)
                        VALUES (:id, :outcome, :reason, :eh, :need, :by, :at, :signer, :signedAt)
                        """)
                .param("id", contactId).param("outcome", outcome.name()).param("reason", reason.trim())
                .param("eh", trim(earlyHelp)).param("need", need == null ? null : need.name())
                .param("by", by).param("at", Timestamp.from(at))
                .param("signer", signedOff ? by : null).param("signedAt", signedOff ? Timestamp.from(at) : null)
                .update();
    }

    /** The manager agrees: the decision stands as made, with their rationale beside it. */
    void signOff(long contactId, String rationale, String by, Instant at) {
        jdbc.sql("""
                        UPDATE contact_decision SET signed_off_by = :by, signed_off_at = :at, sign_off_rationale = :rationale
                        WHERE contact_id = :id AND signed_off_by IS NULL
                        """)
                .param("by", by).param("at", Timestamp.from(at)).param("rationale", rationale.trim()).param("id", contactId)
                .update();
    }

    /**
     * The manager disagrees: their decision becomes the standing one, and the duty worker's is
     * moved into original_* (in the same statement, so the two can never be half swapped).
     */
    void signOffChanged(long contactId, String rationale, DecisionOutcome outcome, String earlyHelp, PrimaryNeed need,
                        String by, Instant at) {
        jdbc.sql("""
                        UPDATE contact_decision SET original_outcome = outcome, original_early_help_service = early_help_service,
                            original_primary_need_code = primary_need_code,
                            outcome = :outcome, early_help_service = :eh, primary_need_code = :need,
                            signed_off_by = :by, signed_off_at = :at, sign_off_rationale = :rationale
                        WHERE contact_id = :id AND signed_off_by IS NULL
                        """)
                .param("outcome", outcome.name()).param("eh", trim(earlyHelp)).param("need", need == null ? null : need.name())
                .param("by", by).param("at", Timestamp.from(at)).param("rationale", rationale.trim()).param("id", contactId)
                .update();
    }

    /**
     * A referral signed off for children whose cases had all opened meanwhile was passed on as new
     * information: the standing decision says so (what was decided is in the chronology).
     */
    void becameNewInformation(long contactId) {
        jdbc.sql("UPDATE contact_decision SET outcome = :outcome, primary_need_code = NULL WHERE contact_id = :id")
                .param("outcome", DecisionOutcome.NEW_INFORMATION.name()).param("id", contactId).update();
    }

    private Contact map(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new Contact(id, rs.getTimestamp("received_at").toInstant(), rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"), ReferralSource.fromCode(rs.getString("source_code")).orElse(ReferralSource.UNKNOWN),
                rs.getString("contactor_name"), rs.getString("contactor_agency"), rs.getString("contactor_details"),
                rs.getString("contactor_role"), rs.getString("contactor_relationship"),
                PresentingConcern.parse(rs.getString("presenting_concern")).orElse(null), rs.getString("concern_details"),
                rs.getString("reported"), Urgency.valueOf(rs.getString("urgency")), Consent.valueOf(rs.getString("consent")),
                rs.getString("consent_scope"), rs.getString("sharing_reason"), rs.getBoolean("out_of_hours"),
                rs.getString("handover_note"), rs.getString("child_school"), rs.getString("child_gp"),
                rs.getString("parents_or_carers"), rs.getString("child_words"), rs.getDate("decision_due_on").toLocalDate(),
                Contact.Status.valueOf(rs.getString("status")), rs.getInt("version"), List.of(), List.of(), null);
    }

    /**
     * Adds the children, checks and decision to contacts read without them: three queries for
     * the whole list, not three per contact, so a long duty queue stays one page of work.
     */
    private List<Contact> withDetails(List<Contact> contacts) {
        if (contacts.isEmpty()) {
            return contacts;
        }
        Long[] ids = contacts.stream().map(Contact::id).toArray(Long[]::new);
        Map<Long, List<Contact.Child>> children = new HashMap<>();
        jdbc.sql("""
                        SELECT cc.contact_id, p.id, coalesce(p.given_name || ' ', '') || p.family_name AS name, p.date_of_birth
                        FROM contact_child cc JOIN person p ON p.id = cc.person_id WHERE cc.contact_id = ANY(:ids::bigint[])
                        ORDER BY p.date_of_birth NULLS LAST, p.id
                        """)
                .param("ids", ids)
                .query(rs -> {
                    children.computeIfAbsent(rs.getLong("contact_id"), k -> new ArrayList<>()).add(new Contact.Child(
                            rs.getLong("id"), rs.getString("name"),
                            rs.getDate("date_of_birth") == null ? null : rs.getDate("date_of_birth").toLocalDate()));
                });
        Map<Long, List<Contact.AgencyCheck>> checks = new HashMap<>();
        jdbc.sql("SELECT * FROM agency_check WHERE contact_id = ANY(:ids::bigint[]) ORDER BY checked_at, id")
                .param("ids", ids)
                .query(rs -> {
                    checks.computeIfAbsent(rs.getLong("contact_id"), k -> new ArrayList<>()).add(new Contact.AgencyCheck(
                            Agency.valueOf(rs.getString("agency")), rs.getString("outcome"),
                            rs.getTimestamp("checked_at").toInstant(), rs.getString("recorded_by")));
                });
        Map<Long, Contact.Decision> decisions = new HashMap<>();
        jdbc.sql("SELECT * FROM contact_decision WHERE contact_id = ANY(:ids::bigint[])")
                .param("ids", ids)
                .query(rs -> {
                    decisions.put(rs.getLong("contact_id"), new Contact.Decision(DecisionOutcome.valueOf(rs.getString("outcome")),
                            rs.getString("reason"), rs.getString("early_help_service"),
                            PrimaryNeed.fromCode(rs.getString("primary_need_code")).orElse(null),
                            rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant(),
                            rs.getString("signed_off_by"),
                            rs.getTimestamp("signed_off_at") == null ? null : rs.getTimestamp("signed_off_at").toInstant(),
                            rs.getString("sign_off_rationale"),
                            rs.getString("original_outcome") == null ? null : new Contact.Original(
                                    DecisionOutcome.valueOf(rs.getString("original_outcome")),
                                    rs.getString("original_early_help_service"),
                                    PrimaryNeed.fromCode(rs.getString("original_primary_need_code")).orElse(null))));
                });
        return contacts.stream().map(c -> c.with(children.getOrDefault(c.id(), List.of()), checks.getOrDefault(c.id(), List.of()),
                decisions.get(c.id()))).toList();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

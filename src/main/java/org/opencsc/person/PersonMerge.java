package org.opencsc.person;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Merges two records of one person. Nothing is lost: the merged record stays in the database
 * marked merged_into, its events stay attached to it and show on the kept record's chronology,
 * its names become other names of the kept record, everything else recorded about it (visits,
 * plans, assessments, enquiries, conferences, supervision, allocations...) moves to the kept
 * record ({@link PersonReferences}), and a snapshot of it is kept with the merge. All in one
 * transaction.
 */
@Service
public class PersonMerge {

    private final PersonRepository people;
    private final RelationshipRepository relationships;
    private final EventLog events;
    private final AccessPolicy access;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final PersonReferences references;
    private final ApplicationEventPublisher publisher;

    PersonMerge(PersonRepository people, RelationshipRepository relationships, EventLog events, AccessPolicy access,
                JdbcClient jdbc, JsonMapper json, Clock clock, PersonReferences references, ApplicationEventPublisher publisher) {
        this.references = references;
        this.publisher = publisher;
        this.people = people;
        this.relationships = relationships;
        this.events = events;
        this.access = access;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Whether the two records can be merged, for the page that compares them before the merge
     * button is shown. The caller has checked the user may open both.
     */
    public MergeCheck check(long keptId, long mergedId) {
        Person kept = people.find(keptId).orElseThrow(() -> new ValidationException("keptId", "There is no record " + keptId));
        Person merged = people.find(mergedId).orElseThrow(() -> new ValidationException("mergedId", "There is no record " + mergedId));
        return check(kept, merged);
    }

    private MergeCheck check(Person kept, Person merged) {
        String linkedAs = relationships.networkOf(kept.id()).stream().filter(m -> m.personId() == merged.id())
                .map(FamilyMember::relationshipLabel).findFirst().orElse(null);
        return MergeCheck.of(kept, merged, linkedAs, LondonTime.today(clock));
    }

    /**
     * Merges {@code mergedId} into {@code keptId}. Refused when they cannot be one person's
     * ({@link MergeCheck#refusals()}); when they may not be ({@link MergeCheck#conflicts()}), made
     * only with {@code conflictsConfirmed}, else {@link MergeNeedsConfirming} says what to check.
     */
    @Transactional
    public void merge(long keptId, long mergedId, String reason, boolean conflictsConfirmed, CurrentUser user,
                      AccessLog.Channel channel) {
        if (!user.role().isManager()) {
            throw new RecordAccessDeniedException("Only a manager can merge records");
        }
        Problems problems = new Problems();
        if (keptId == mergedId) {
            problems.add("mergedId", "Choose a different record to merge: a record cannot be merged with itself");
        }
        if (reason == null || reason.isBlank()) {
            problems.add("reason", "Enter why you are sure these records are the same person");
        } else if (reason.length() > 2000) {
            problems.add("reason", "Reason must be 2000 characters or fewer");
        }
        problems.throwIfAny();
        // Two merges of the same records (or a merge racing a merge the other way) run one after the other.
        jdbc.sql("SELECT id FROM person WHERE id IN (:kept, :merged) ORDER BY id FOR UPDATE")
                .param("kept", keptId).param("merged", mergedId).query(Long.class).list();
        Person kept = people.find(keptId).orElseThrow(() -> new ValidationException("keptId", "There is no record " + keptId));
        Person merged = people.find(mergedId).orElseThrow(() -> new ValidationException("mergedId", "There is no record " + mergedId));
        // Before anything about the records is said (the check names NHS numbers and dates of birth).
        access.checkCanRecord(user, keptId, channel, "/people/" + keptId + "/merge");
        access.checkCanRecord(user, mergedId, channel, "/people/" + mergedId + "/merge");
        MergeCheck check = check(kept, merged);
        if (check.refused()) {
            Problems refusals = new Problems();
            check.refusals().forEach(r -> refusals.add("mergedId", r));
            refusals.throwIfAny();
        }
        if (!check.conflicts().isEmpty() && !conflictsConfirmed) {
            throw new MergeNeedsConfirming(check.conflicts());
        }
        LocalDate today = LondonTime.today(clock);
        publisher.publishEvent(new RecordsMerging(keptId, mergedId, today, user.displayName()));

        jdbc.sql("UPDATE person SET merged_into = :kept, version = version + 1 WHERE id = :merged")
                .param("kept", keptId).param("merged", mergedId).update();
        keepNames(kept, merged);
        jdbc.sql("INSERT INTO person_disability (person_id, code) SELECT :kept, code FROM person_disability WHERE person_id = :merged ON CONFLICT DO NOTHING")
                .param("kept", keptId).param("merged", mergedId).update();
        jdbc.sql("INSERT INTO restricted_access (person_id, user_id, granted_by) SELECT :kept, user_id, granted_by FROM restricted_access WHERE person_id = :merged ON CONFLICT DO NOTHING")
                .param("kept", keptId).param("merged", mergedId).update();
        fillGaps(kept, merged);
        relationships.moveAll(mergedId, keptId, today);
        endSecondOpenAllocation(keptId, mergedId, today);
        endSecondCurrentAddress(keptId, mergedId, today);
        Map<PersonReferences.Column, Long> stayed = references.move(mergedId, keptId);
        nameTheWorkersHoldingIt(keptId, user);
        jdbc.sql("INSERT INTO person_merge (kept_id, merged_id, merged_by, reason, snapshot) VALUES (?, ?, ?, ?, ?)")
                .params(keptId, mergedId, user.username(), reason.trim(), json.writeValueAsString(merged)).update();
        events.append(NewEvent.of(EventType.RECORD_MERGED, Instant.now(clock), user.displayName(),
                "Record " + mergedId + " (" + merged.fullName() + ") merged into record " + keptId,
                "Reason: " + reason.trim() + checked(check) + stayedBehind(stayed, mergedId), List.of(keptId, mergedId)));
    }

    /** What the manager confirmed they had checked, and what the merge did that they were told of. */
    private static String checked(MergeCheck check) {
        StringBuilder s = new StringBuilder();
        check.conflicts().forEach(c -> s.append("\nChecked before merging: ").append(c));
        check.notes().forEach(n -> s.append("\n").append(n));
        return s.toString();
    }

    /** Rows the kept record already had (both records named on one visit, contact...) stay on the merged record. */
    private static String stayedBehind(Map<PersonReferences.Column, Long> stayed, long mergedId) {
        if (stayed.isEmpty()) {
            return "";
        }
        return "\nAlready on the kept record, so left on record " + mergedId + ": " + stayed.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().table().replace('_', ' ')).collect(Collectors.joining(", "));
    }

    private void keepNames(Person kept, Person merged) {
        jdbc.sql("""
                        INSERT INTO person_name (person_id, kind, given_name, family_name, given_norm, family_norm, until)
                        SELECT :kept, CASE WHEN kind = 'CURRENT' THEN 'ALIAS' ELSE kind END,
                               given_name, family_name, given_norm, family_norm, until
                        FROM person_name n WHERE n.person_id = :merged
                          AND NOT EXISTS (SELECT 1 FROM person_name k WHERE k.person_id = :kept
                                          AND k.given_norm = n.given_norm AND k.family_norm = n.family_norm)
                        """)
                .param("kept", kept.id()).param("merged", merged.id()).update();
    }

    /** Details only the merged record knew (an NHS number, a date of birth) are kept. */
    private void fillGaps(Person kept, Person merged) {
        jdbc.sql("""
                        UPDATE person k SET
                            nhs_number = coalesce(k.nhs_number, m.nhs_number),
                            upn = coalesce(k.upn, m.upn),
                            date_of_birth = coalesce(k.date_of_birth, m.date_of_birth),
                            ethnicity = coalesce(k.ethnicity, m.ethnicity),
                            first_language = coalesce(k.first_language, m.first_language),
                            religion = coalesce(k.religion, m.religion),
                            former_upn = coalesce(k.former_upn, m.former_upn),
                            upn_unknown_reason = CASE WHEN coalesce(k.upn, m.upn) IS NULL
                                                      THEN coalesce(k.upn_unknown_reason, m.upn_unknown_reason) END,
                            date_of_death = coalesce(k.date_of_death, m.date_of_death),
                            restricted = k.restricted OR m.restricted,
                            version = k.version + 1
                        FROM person m WHERE k.id = :kept AND m.id = :merged
                        """)
                .param("kept", kept.id()).param("merged", merged.id()).update();
        keepLaChildId(kept.id(), merged.id());
    }

    /**
     * A LAchildID another system gave the merged record moves to the kept one when it has none of
     * its own, so the child's census return stays continuous (the column is unique, so it leaves
     * the merged record first). When both have one, the kept record's stays.
     */
    private void keepLaChildId(long keptId, long mergedId) {
        String moving = jdbc.sql("""
                        UPDATE person m SET la_child_id = NULL
                        FROM person k, (SELECT la_child_id FROM person WHERE id = :merged) old
                        WHERE m.id = :merged AND k.id = :kept AND k.la_child_id IS NULL AND m.la_child_id IS NOT NULL
                        RETURNING old.la_child_id
                        """)
                .param("kept", keptId).param("merged", mergedId).query(String.class).optional().orElse(null);
        if (moving != null) {
            jdbc.sql("UPDATE person SET la_child_id = :la WHERE id = :kept").param("la", moving).param("kept", keptId).update();
        }
    }

    /**
     * A restricted record always names the workers holding the case (RecordRestriction): when
     * the merge brings a restriction to the kept record, or an allocation to a restricted one,
     * the child's own worker is named rather than locked out of their case.
     */
    private void nameTheWorkersHoldingIt(long keptId, CurrentUser user) {
        jdbc.sql("""
                        INSERT INTO restricted_access (person_id, user_id, granted_by)
                        SELECT DISTINCT a.person_id, a.worker_id, :by FROM allocation a JOIN person p ON p.id = a.person_id
                        WHERE a.person_id = :kept AND p.restricted AND a.end_date IS NULL AND a.worker_id IS NOT NULL
                        ON CONFLICT DO NOTHING
                        """)
                .param("kept", keptId).param("by", user.username()).update();
    }

    /**
     * A person lives at one address at a time: when both records have a current address, the
     * kept record's stays current and the merged record's ends on the day of the merge (never
     * before it began), so it moves over as a past address. The comparison page says so first.
     */
    private void endSecondCurrentAddress(long keptId, long mergedId, LocalDate today) {
        jdbc.sql("""
                        UPDATE address SET end_date = greatest(start_date, :today) WHERE person_id = :merged AND end_date IS NULL
                          AND EXISTS (SELECT 1 FROM address WHERE person_id = :kept AND end_date IS NULL)
                        """)
                .param("kept", keptId).param("merged", mergedId).param("today", today).update();
    }

    /**
     * A child is allocated to one team at a time: when both records are allocated, the kept
     * record's allocation stands and the merged one's ends today. Every allocation then moves
     * with the rest, so the kept record shows the whole allocation history.
     */
    private void endSecondOpenAllocation(long keptId, long mergedId, LocalDate today) {
        jdbc.sql("""
                        UPDATE allocation SET end_date = greatest(start_date, :today) WHERE person_id = :merged AND end_date IS NULL
                          AND EXISTS (SELECT 1 FROM allocation WHERE person_id = :kept AND end_date IS NULL)
                        """)
                .param("kept", keptId).param("merged", mergedId).param("today", today).update();
    }
}

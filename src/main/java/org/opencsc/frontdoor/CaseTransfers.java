package org.opencsc.frontdoor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.person.Person;
import org.opencsc.person.PersonRepository;
import org.opencsc.person.RecordRestriction;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.Dates;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.workforce.Allocation;
import org.opencsc.workforce.AllocationRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing an allocated child's worker or team is a transfer, never a silent move: the manager
 * sees who holds the child and since when, says why, the chronology records it, and the worker
 * the child leaves and the one who receives them are each told ({@link TransferNotices}).
 */
@Service
public class CaseTransfers {

    static final int MAX_REASON = 2000;

    private final AllocationRepository allocations;
    private final AllocationChoices choices;
    private final PersonRepository people;
    private final RecordRestriction restriction;
    private final AccessPolicy access;
    private final EventLog events;
    private final JdbcClient jdbc;
    private final Clock clock;

    CaseTransfers(AllocationRepository allocations, AllocationChoices choices, PersonRepository people,
                  RecordRestriction restriction, AccessPolicy access, EventLog events, JdbcClient jdbc, Clock clock) {
        this.allocations = allocations;
        this.choices = choices;
        this.people = people;
        this.restriction = restriction;
        this.access = access;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Who holds the child now, and the version a transfer of it sends back. */
    public record Current(Allocation allocation, long version) {
    }

    /** The child's current allocation, for a manager about to transfer it (the caller has opened the record). */
    public Current current(long personId) {
        Allocation now = allocations.current(personId).orElse(null);
        return now == null ? null : new Current(now, allocations.currentId(personId).orElseThrow());
    }

    public static boolean canTransfer(CurrentUser user) {
        return ContactService.canSignOff(user.role());
    }

    /**
     * Moves the child to another worker or team. {@code version} is the id of the allocation the
     * manager saw (from {@link #current}): if the child was moved meanwhile, nothing is changed.
     */
    @Transactional
    public void transfer(long personId, Long version, Long workerId, Long teamId, String reason, CurrentUser user,
                         AccessLog.Channel channel) {
        if (!canTransfer(user)) {
            throw new RecordAccessDeniedException("Only a manager can transfer a child's case");
        }
        Person child = people.find(personId).orElseThrow(() -> new NotFoundException("There is no record " + personId));
        access.checkCanRecord(user, personId, channel, "/people/" + personId + "/transfer");
        Problems problems = new Problems();
        if (version == null) {
            problems.add("version", "Send the version of the allocation you are changing (from GET /api/v1/people/" + personId
                    + "/allocation), so concurrent changes are not lost");
        }
        choices.check(workerId, teamId, user, problems, "worker");
        checkReason(reason, problems, "reason");
        problems.throwIfAny();
        java.util.Optional<Long> locked = allocations.lockCurrent(personId);
        if (locked.isEmpty()) {
            // Having waited on a simultaneous transfer's lock, the allocation it ended drops out of this
            // statement and the one it made is not yet in its snapshot: a fresh statement sees it.
            locked = allocations.lockCurrent(personId);
        }
        Long current = locked.orElseThrow(() -> new ConflictException(
                child.fullName() + " is not allocated now, so there is nothing to transfer: allocate their referral instead"));
        if (!current.equals(version)) {
            throw new ConflictException(child.fullName() + "'s allocation was changed by someone else while you were working on it. "
                    + "Nothing has been saved: check who holds the child now and transfer again.");
        }
        Allocation from = allocations.current(personId).orElseThrow();
        if (workerId.equals(from.workerId()) && teamId == from.teamId()) {
            problems.add("worker", child.fullName() + " is already allocated to " + from.workerName() + ": choose another worker");
            problems.throwIfAny();
        }
        move(personId, from, teamId, workerId, reason, user);
        // The open referral names who holds it: it follows the child.
        jdbc.sql("""
                        UPDATE referral SET team_id = :team, worker_id = :worker, version = version + 1
                        WHERE person_id = :person AND closure_date IS NULL AND worker_id IS NOT NULL
                        """)
                .param("team", teamId).param("worker", workerId).param("person", personId).update();
    }

    static void checkReason(String reason, Problems problems, String field) {
        if (reason == null || reason.isBlank()) {
            problems.add(field, "Enter the reason for the transfer");
        } else if (reason.length() > MAX_REASON) {
            problems.add(field, "The reason for the transfer must be " + MAX_REASON + " characters or fewer");
        }
    }

    /**
     * Hands an allocated child to the new worker as a transfer: the allocation, the chronology
     * entry and the two workers' notices. Used by a transfer and by allocating a referral of a
     * child someone already holds. The caller has checked the choice, the reason and access.
     */
    void move(long personId, Allocation from, long teamId, long workerId, String reason, CurrentUser user) {
        Instant now = Instant.now(clock);
        allocations.allocate(personId, teamId, workerId, LocalDate.now(clock));
        restriction.nameAllocatedWorker(personId, workerId, user);
        long id = jdbc.sql("""
                        INSERT INTO case_transfer (person_id, from_team_id, from_worker_id, from_since, to_team_id, to_worker_id,
                                                   reason, transferred_by, transferred_at)
                        VALUES (:person, :fromTeam, :fromWorker, :since, :toTeam, :toWorker, :reason, :by, :at) RETURNING id
                        """)
                .param("person", personId).param("fromTeam", from.teamId()).param("fromWorker", from.workerId())
                .param("since", from.since()).param("toTeam", teamId).param("toWorker", workerId)
                .param("reason", reason.trim()).param("by", user.displayName()).param("at", Timestamp.from(now))
                .query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO case_transfer_notice (transfer_id, user_id)
                        SELECT :id, u FROM unnest(:users::bigint[]) AS u ON CONFLICT DO NOTHING
                        """)
                .param("id", id)
                .param("users", from.workerId() == null ? new Long[] {workerId} : new Long[] {from.workerId(), workerId})
                .update();
        Allocation to = allocations.current(personId).orElseThrow();
        events.append(NewEvent.of(EventType.CASE_TRANSFERRED, now, user.displayName(),
                "Transferred from " + holder(from) + " (since " + Dates.govuk(from.since()) + ") to " + holder(to),
                "Reason for the transfer: " + reason.trim(), List.of(personId)));
    }

    static String holder(Allocation a) {
        return (a.workerName() == null ? "no named worker" : a.workerName()) + ", " + a.teamName();
    }
}

package org.opencsc.episode;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.frontdoor.Referral;
import org.opencsc.frontdoor.ReferralService;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.Dates;
import org.opencsc.protection.conference.Conferences;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.security.Role;
import org.opencsc.workforce.AllocationRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a child-in-need episode: a manager's decision, with a CIN census reason, never while
 * the child has an open child protection plan, and never with a reason or at a time the rest of
 * the episode contradicts ({@link ClosureConsistency}: an unfinished assessment, RC8 after a
 * Section 47 enquiry, and the rest the CIN census would reject). The child's allocation ends with it, and the
 * child's level of need is recorded as no open case, or early help after RC9 (unless another
 * referral is still open).
 */
@Service
public class EpisodeClosure {

    private final ReferralService referrals;
    private final Conferences conferences;
    private final AllocationRepository allocations;
    private final EventLog events;
    private final AccessPolicy access;
    private final CareLevels levels;
    private final ClosureConsistency consistency;
    private final JdbcClient jdbc;
    private final Clock clock;

    EpisodeClosure(ReferralService referrals, Conferences conferences, AllocationRepository allocations, EventLog events,
                   AccessPolicy access, CareLevels levels, ClosureConsistency consistency, JdbcClient jdbc, Clock clock) {
        this.levels = levels;
        this.consistency = consistency;
        this.referrals = referrals;
        this.conferences = conferences;
        this.allocations = allocations;
        this.events = events;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void close(long referralId, int version, LocalDate closedOn, ClosureReason reason, String why, CurrentUser user,
                      AccessLog.Channel channel) {
        if (user.role() != Role.TEAM_MANAGER && user.role() != Role.DUTY_MANAGER) {
            throw new RecordAccessDeniedException("Closing a case is a manager's decision");
        }
        Referral referral = referrals.findLocked(referralId);
        access.checkCanRecord(user, referral.personId(), channel, "/referrals/" + referralId + "/closure");
        if (referral.closedOn() != null) {
            throw new ConflictException("This case closed on " + Dates.govuk(referral.closedOn()) + " (" + referral.closureReason() + ")");
        }
        if (conferences.openPlanOf(referral.personId()).isPresent()) {
            throw new ValidationException("referralId",
                    "The child has an open child protection plan: end the plan at a review conference before closing the case");
        }
        Problems problems = new Problems();
        if (reason == null) {
            problems.add("reason", "Select the reason for closure (CIN census code)");
        }
        if (why == null || why.isBlank()) {
            problems.add("why", "Enter why the case is closing and what the family has been told");
        }
        if (closedOn == null) {
            problems.add("closedOn", "Enter the date the case closed");
        } else if (closedOn.isAfter(LocalDate.now(clock))) {
            problems.add("closedOn", "The closure date cannot be in the future");
        } else if (closedOn.isBefore(referral.referralDate())) {
            problems.add("closedOn", "The case cannot close before the referral on " + Dates.govuk(referral.referralDate()));
        } else {
            levels.checkClosureDate(referral.personId(), closedOn, problems);
        }
        consistency.check(referral, closedOn, reason, problems);
        problems.throwIfAny();
        CareLevel before = levels.current(referral.personId());
        int closed = jdbc.sql("""
                        UPDATE referral SET closure_date = :on, closure_reason = :reason, version = version + 1
                        WHERE id = :id AND version = :version AND closure_date IS NULL
                        """)
                .param("on", closedOn).param("reason", reason.code()).param("id", referralId).param("version", version)
                .update();
        if (closed == 0) {
            throw new ConflictException("The case was already closed or changed by someone else: reload it and check");
        }
        allocations.endCurrent(referral.personId(), closedOn);
        levels.onClosure(referral.personId(), before, closedOn, reason, why.trim(), user.displayName());
        events.append(NewEvent.of(EventType.CASE_CLOSED, LondonTime.placeDate(closedOn, clock),
                user.displayName(), "Case closed: " + reason.code() + " " + reason.label(), why.trim(),
                List.of(referral.personId())));
    }
}

package org.opencsc.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.frontdoor.Referral;
import org.opencsc.frontdoor.ReferralService;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.Dates;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.security.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single assessments: started from a referral (one each), written by the worker as a draft,
 * submitted once every section, the factors and the outcome are there, then authorised by a
 * manager or returned with a comment. Authorised assessments are locked; the CIN census
 * counts their timeliness from the referral date to the authorisation date.
 */
@Service
public class SingleAssessments {

    static final int MAX_TEXT = 50_000;

    private final AssessmentRepository assessments;
    private final ReferralService referrals;
    private final HistorySummary history;
    private final AssessmentTimescale timescale;
    private final EventLog events;
    private final AccessPolicy access;
    private final Clock clock;

    SingleAssessments(AssessmentRepository assessments, ReferralService referrals, HistorySummary history,
                      AssessmentTimescale timescale, EventLog events, AccessPolicy access, Clock clock) {
        this.assessments = assessments;
        this.referrals = referrals;
        this.history = history;
        this.timescale = timescale;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** Assessments are social work: social workers and managers write them, not support workers or the front door's officers. */
    public static boolean canWrite(Role role) {
        return role == Role.SOCIAL_WORKER || role == Role.DUTY_SOCIAL_WORKER || role.isManager();
    }

    public static boolean canAuthorise(Role role) {
        return role.isManager();
    }

    @Transactional
    public long start(Long referralId, LocalDate startedOn, CurrentUser user, AccessLog.Channel channel) {
        if (referralId == null) {
            new Problems().add("referralId", "Give the referral this assessment is for").throwIfAny();
        }
        Referral referral = referrals.findLocked(referralId);
        checkWriter(user, referral.personId(), channel, "/assessments");
        if (referral.closedOn() != null) {
            throw new ConflictException("Referral " + referralId + " was closed on " + Dates.govuk(referral.closedOn())
                    + ": an assessment starts from an open referral");
        }
        if (assessments.existsForReferral(referralId)) {
            throw new ConflictException("Referral " + referralId + " already has a single assessment");
        }
        Problems problems = new Problems();
        LocalDate today = LocalDate.now(clock);
        if (startedOn == null) {
            problems.add("startedOn", "Enter the date the assessment started");
        } else if (startedOn.isBefore(referral.referralDate())) {
            problems.add("startedOn", "The assessment cannot start before the referral on " + Dates.govuk(referral.referralDate()));
        } else if (startedOn.isAfter(today)) {
            problems.add("startedOn", "The start date cannot be in the future");
        }
        problems.throwIfAny();
        LocalDate due = timescale.dueOn(referral.referralDate());
        Instant now = Instant.now(clock);
        long id;
        try {
            id = assessments.insert(referralId, referral.personId(), startedOn, due, history.of(referral.personId(), user),
                    user.displayName(), now);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Referral " + referralId + " already has a single assessment");
        }
        events.append(NewEvent.of(EventType.ASSESSMENT_STARTED, on(startedOn), user.displayName(),
                "Single assessment started on " + Dates.govuk(startedOn) + " (referral " + referralId + "); due by " + Dates.govuk(due),
                null, List.of(referral.personId())));
        return id;
    }

    public SingleAssessment open(long id, CurrentUser user, AccessLog.Channel channel, String path) {
        SingleAssessment a = find(id);
        access.checkAndLogView(user, a.personId(), channel, path);
        return a;
    }

    /** The child's assessments; the caller has already opened the child's record. */
    public List<SingleAssessment> forChild(long personId) {
        return assessments.forChild(personId);
    }

    @Transactional
    public void saveDraft(long id, AssessmentDraft draft, CurrentUser user, AccessLog.Channel channel) {
        SingleAssessment a = find(id);
        checkWriter(user, a.personId(), channel, "/assessments/" + id);
        checkEditable(a);
        Problems problems = new Problems();
        checkDraft(draft, problems);
        problems.throwIfAny();
        Map<AssessmentSection, String> sections = new EnumMap<>(AssessmentSection.class);
        draft.sections().forEach((s, text) -> Optional.ofNullable(blankToNull(text)).ifPresent(t -> sections.put(s, t)));
        AssessmentDraft clean = new AssessmentDraft(sections, draft.factors(), draft.outcome(),
                blankToNull(draft.outcomeReasons()), draft.version());
        if (!assessments.saveDraft(id, clean)) {
            throw stale(id);
        }
    }

    /** Rules that hold for a draft as much as for a finished assessment. */
    static void checkDraft(AssessmentDraft draft, Problems problems) {
        for (AssessmentSection s : AssessmentSection.values()) {
            String text = draft.sections().get(s);
            if (text != null && text.length() > MAX_TEXT) {
                problems.add(s.field(), s.label() + " must be " + MAX_TEXT + " characters or fewer");
            }
        }
        if (draft.factors().contains(AssessmentFactor.NO_FACTORS) && draft.factors().size() > 1) {
            problems.add("factors", "‘21 No factors identified’ cannot be combined with other factors");
        }
        if (draft.outcomeReasons() != null && draft.outcomeReasons().length() > MAX_TEXT) {
            problems.add("outcomeReasons", "The reasons must be " + MAX_TEXT + " characters or fewer");
        }
    }

    @Transactional
    public void submit(long id, int version, LocalDate completedOn, CurrentUser user, AccessLog.Channel channel) {
        SingleAssessment a = find(id);
        checkWriter(user, a.personId(), channel, "/assessments/" + id + "/submit");
        checkEditable(a);
        if (a.version() != version) {
            throw stale(id);
        }
        Problems problems = new Problems();
        for (AssessmentSection s : AssessmentSection.values()) {
            if (blankToNull(a.text(s)) == null) {
                problems.add(s.field(), "Write the ‘" + s.label() + "’ section");
            }
        }
        if (a.factors().isEmpty()) {
            problems.add("factors", "Select at least one factor identified at assessment (or ‘21 No factors identified’)");
        }
        checkDraft(new AssessmentDraft(a.sections(), Set.copyOf(a.factors()), a.outcome(), a.outcomeReasons(), version), problems);
        if (a.outcome() == null) {
            problems.add("outcome", "Choose the outcome of the assessment");
        }
        if (blankToNull(a.outcomeReasons()) == null) {
            problems.add("outcomeReasons", "Give the reasons for the outcome");
        }
        LocalDate today = LocalDate.now(clock);
        if (completedOn == null) {
            problems.add("completedOn", "Enter the date the assessment was completed");
        } else if (completedOn.isBefore(a.startedOn())) {
            problems.add("completedOn", "The completion date cannot be before the assessment started on " + Dates.govuk(a.startedOn()));
        } else if (completedOn.isAfter(today)) {
            problems.add("completedOn", "The completion date cannot be in the future");
        }
        problems.throwIfAny();
        Instant now = Instant.now(clock);
        if (!assessments.submit(id, version, completedOn, user.displayName(), now)) {
            throw stale(id);
        }
        events.append(NewEvent.of(EventType.ASSESSMENT_SUBMITTED, on(completedOn), user.displayName(),
                "Single assessment completed on " + Dates.govuk(completedOn) + " and submitted for authorisation",
                null, List.of(a.personId())));
    }

    @Transactional
    public void authorise(long id, int version, LocalDate authorisedOn, CurrentUser user, AccessLog.Channel channel) {
        SingleAssessment a = awaitingManager(id, version, user, channel, "/authorise");
        Problems problems = new Problems();
        if (authorisedOn == null) {
            problems.add("authorisedOn", "Enter the date you authorised the assessment");
        } else if (authorisedOn.isBefore(a.completedOn())) {
            problems.add("authorisedOn", "The authorisation date cannot be before the assessment was completed on "
                    + Dates.govuk(a.completedOn()));
        } else if (authorisedOn.isAfter(LocalDate.now(clock))) {
            problems.add("authorisedOn", "The authorisation date cannot be in the future");
        }
        problems.throwIfAny();
        Instant now = Instant.now(clock);
        if (!assessments.authorise(id, version, authorisedOn, user.displayName(), now)) {
            throw stale(id);
        }
        SingleAssessment done = find(id);
        events.append(NewEvent.of(EventType.ASSESSMENT_AUTHORISED, on(authorisedOn), user.displayName(),
                "Single assessment authorised on " + Dates.govuk(authorisedOn) + ": " + done.outcome().label().toLowerCase()
                        + "; factors " + String.join(", ", done.factorCodes()),
                timescale.describe(done, LocalDate.now(clock)) + ".\n\nReasons: " + done.outcomeReasons()
                        + "\n\nFactors identified: " + done.factors().stream().map(f -> f.code() + " " + f.label())
                        .collect(Collectors.joining("; ")),
                List.of(a.personId())));
    }

    @Transactional
    public void returnToWorker(long id, int version, String comment, CurrentUser user, AccessLog.Channel channel) {
        SingleAssessment a = awaitingManager(id, version, user, channel, "/return");
        if (blankToNull(comment) == null) {
            new Problems().add("comment", "Say what the worker needs to change").throwIfAny();
        } else if (comment.length() > MAX_TEXT) {
            new Problems().add("comment", "The comment must be " + MAX_TEXT + " characters or fewer").throwIfAny();
        }
        Instant now = Instant.now(clock);
        if (!assessments.returnToWorker(id, version, comment.trim(), user.displayName(), now)) {
            throw stale(id);
        }
        events.append(NewEvent.of(EventType.ASSESSMENT_RETURNED, now, user.displayName(),
                "Single assessment returned to the worker by the manager", comment.trim(), List.of(a.personId())));
    }

    public String timeliness(SingleAssessment a) {
        return timescale.describe(a, LocalDate.now(clock));
    }

    private SingleAssessment awaitingManager(long id, int version, CurrentUser user, AccessLog.Channel channel, String action) {
        SingleAssessment a = find(id);
        access.checkCanRecord(user, a.personId(), channel, "/assessments/" + id + action);
        if (!canAuthorise(user.role())) {
            throw new RecordAccessDeniedException("Only a team manager or duty manager can authorise or return an assessment");
        }
        if (a.authorised()) {
            throw new ConflictException("This assessment was already authorised on " + Dates.govuk(a.authorisedOn()));
        }
        if (a.inProgress()) {
            throw new ConflictException("This assessment has not been submitted for authorisation yet");
        }
        if (a.version() != version) {
            throw stale(id);
        }
        return a;
    }

    private void checkWriter(CurrentUser user, long personId, AccessLog.Channel channel, String path) {
        access.checkCanRecord(user, personId, channel, path);
        if (!canWrite(user.role())) {
            throw new RecordAccessDeniedException("Only a social worker or a manager can write a single assessment");
        }
    }

    private static void checkEditable(SingleAssessment a) {
        if (a.authorised()) {
            throw new ConflictException("An authorised assessment is corrected by an amendment");
        }
        if (a.awaitingAuthorisation()) {
            throw new ConflictException("This assessment is awaiting authorisation: a manager can return it to you for changes");
        }
    }

    private SingleAssessment find(long id) {
        return assessments.find(id).orElseThrow(() -> new NotFoundException("There is no single assessment " + id));
    }

    private static ConflictException stale(long id) {
        return new ConflictException("Single assessment " + id + " was changed by someone else since you opened it. "
                + "Reload it, check their changes and make yours again.");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * When a step happened, for its place in the chronology: a step recorded later than the day it
     * happened sits on that day, not on the day it was typed in (the rule for every date-only entry).
     */
    private Instant on(LocalDate day) {
        return LondonTime.placeDate(day, clock);
    }
}

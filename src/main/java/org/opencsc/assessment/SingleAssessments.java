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
 * manager (with their reasoning) or returned with a comment. Authorised assessments are locked;
 * the CIN census counts their timeliness from the referral date to the authorisation date. A
 * sibling group can be assessed together: one assessment each, sharing the family sections.
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
    private final SiblingGroup siblingGroup;
    private final Clock clock;

    SingleAssessments(AssessmentRepository assessments, ReferralService referrals, HistorySummary history,
                      AssessmentTimescale timescale, EventLog events, AccessPolicy access, SiblingGroup siblingGroup,
                      Clock clock) {
        this.siblingGroup = siblingGroup;
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
        return start(referralId, startedOn, List.of(), user, channel);
    }

    /**
     * Starts the assessment of the referred child, and with {@code siblingReferralIds} those of
     * siblings assessed together: each child has their own assessment (own dates, factors and
     * outcome for the census), and the group shares one family part, written once. Returns the
     * assessment of the child of {@code referralId}.
     */
    @Transactional
    public long start(Long referralId, LocalDate startedOn, List<Long> siblingReferralIds, CurrentUser user,
                      AccessLog.Channel channel) {
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
        List<Referral> siblings = siblingGroup.check(referral, startedOn,
                siblingReferralIds == null ? List.of() : siblingReferralIds, user, channel, problems);
        problems.throwIfAny();
        Instant now = Instant.now(clock);
        try {
            if (siblings.isEmpty()) {
                return insert(referral, startedOn, history.of(referral.personId(), user), null, user, now, "");
            }
            List<Long> group = new java.util.ArrayList<>(List.of(referral.personId()));
            siblings.forEach(s -> group.add(s.personId()));
            long family = assessments.insertFamily(history.of(group, user), user.displayName(), now);
            String together = " with " + (group.size() - 1) + (group.size() == 2 ? " sibling" : " siblings")
                    + ": the family sections are written once for them all";
            long id = insert(referral, startedOn, null, family, user, now, together);
            for (Referral sibling : siblings) {
                insert(sibling, startedOn, null, family, user, now, together);
            }
            return id;
        } catch (DuplicateKeyException e) {
            throw new ConflictException("One of these referrals already has a single assessment");
        }
    }

    private long insert(Referral referral, LocalDate startedOn, String historyText, Long family, CurrentUser user, Instant now,
                        String together) {
        LocalDate due = timescale.dueOn(referral.referralDate());
        long id = assessments.insert(referral.id(), referral.personId(), startedOn, due, historyText, family,
                user.displayName(), now);
        events.append(NewEvent.of(EventType.ASSESSMENT_STARTED, on(startedOn), user.displayName(),
                "Single assessment started on " + Dates.govuk(startedOn) + " (referral " + referral.id() + "); due by "
                        + Dates.govuk(due) + together,
                null, List.of(referral.personId())));
        return id;
    }

    /** The assessments of the sibling group this one belongs to (itself included), for the links between them. */
    List<AssessmentRepository.GroupMember> groupOf(SingleAssessment a) {
        return a.inFamilyGroup() ? assessments.group(a.familyAssessmentId()) : List.of();
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
        checkFamilyVersion(a, draft, problems);
        problems.throwIfAny();
        write(a, draft);
    }

    /** A grouped assessment's draft also writes the family sections, so it must say which version of them it read. */
    private static void checkFamilyVersion(SingleAssessment a, AssessmentDraft draft, Problems problems) {
        if (a.writesFamilySections() && draft.familyVersion() == null) {
            problems.add("familyVersion", "This assessment shares its family sections with siblings' assessments: send the "
                    + "familyVersion you read, so a change made to them on a sibling's assessment is not lost");
        }
    }

    /** Writes the draft, and in a sibling group the shared family sections; either one stale refuses both. */
    private void write(SingleAssessment a, AssessmentDraft draft) {
        Map<AssessmentSection, String> sections = new EnumMap<>(AssessmentSection.class);
        draft.sections().forEach((s, text) -> Optional.ofNullable(blankToNull(text)).ifPresent(t -> sections.put(s, t)));
        AssessmentDraft clean = new AssessmentDraft(sections, draft.factors(), draft.outcome(),
                blankToNull(draft.outcomeReasons()), draft.version(), draft.familyVersion());
        if (!assessments.saveDraft(a.id(), clean, a.writesFamilySections())) {
            throw stale(a.id());
        }
        if (a.writesFamilySections() && !assessments.saveFamilySections(a.familyAssessmentId(), draft.familyVersion(), sections)) {
            throw new ConflictException("The family sections were changed on a sibling's assessment since you opened this one. "
                    + "Reload it, check their changes and make yours again.");
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

    /** Submits the draft as saved (the API's step: the draft is saved first with its own request). */
    @Transactional
    public void submit(long id, int version, LocalDate completedOn, CurrentUser user, AccessLog.Channel channel) {
        SingleAssessment a = find(id);
        checkWriter(user, a.personId(), channel, "/assessments/" + id + "/submit");
        checkEditable(a);
        if (a.version() != version) {
            throw stale(id);
        }
        Problems problems = new Problems();
        checkSubmission(a, a.sections(), Set.copyOf(a.factors()), a.outcome(), a.outcomeReasons(), completedOn, false, problems);
        problems.throwIfAny();
        markSubmitted(a, version, completedOn, user);
    }

    /**
     * Submits what was typed (the page's step): every part is checked first, with the problems
     * the page found reading the form ({@code typed}), and a refused submission writes nothing,
     * so what was saved before, like the pre-filled history, is never replaced by what was
     * left blank. Accepted, the draft is saved and submitted together.
     */
    @Transactional
    public void submit(long id, AssessmentDraft draft, LocalDate completedOn, Problems typed, CurrentUser user,
                       AccessLog.Channel channel) {
        SingleAssessment a = find(id);
        checkWriter(user, a.personId(), channel, "/assessments/" + id + "/submit");
        checkEditable(a);
        if (a.version() != draft.version()) {
            throw stale(id);
        }
        Problems problems = new Problems();
        checkSubmission(a, draft.sections(), draft.factors(), draft.outcome(), draft.outcomeReasons(), completedOn,
                typed.has("completedOn"), problems);
        checkFamilyVersion(a, draft, problems);
        typed.list().stream().filter(p -> !problems.has(p.field())).forEach(p -> problems.add(p.field(), p.message()));
        problems.throwIfAny();
        write(a, draft);
        markSubmitted(find(id), draft.version() + 1, completedOn, user);
    }

    private void checkSubmission(SingleAssessment a, Map<AssessmentSection, String> sections, Set<AssessmentFactor> factors,
                                 AssessmentOutcome outcome, String outcomeReasons, LocalDate completedOn,
                                 boolean dateUnreadable, Problems problems) {
        for (AssessmentSection s : AssessmentSection.values()) {
            if (blankToNull(sections.get(s)) == null) {
                problems.add(s.field(), "Write the ‘" + s.label() + "’ section");
            }
        }
        if (factors.isEmpty()) {
            problems.add("factors", "Select at least one factor identified at assessment (or ‘21 No factors identified’)");
        }
        checkDraft(new AssessmentDraft(sections, factors, outcome, outcomeReasons, a.version()), problems);
        if (outcome == null) {
            problems.add("outcome", "Choose the outcome of the assessment");
        }
        if (blankToNull(outcomeReasons) == null) {
            problems.add("outcomeReasons", "Give the reasons for the outcome");
        }
        LocalDate today = LocalDate.now(clock);
        if (dateUnreadable) {
            return; // the page's own message for a date that is not one (31 February) says it better
        }
        if (completedOn == null) {
            problems.add("completedOn", "Enter the date the assessment was completed");
        } else if (completedOn.isBefore(a.startedOn())) {
            problems.add("completedOn", "The completion date cannot be before the assessment started on " + Dates.govuk(a.startedOn()));
        } else if (completedOn.isAfter(today)) {
            problems.add("completedOn", "The completion date cannot be in the future");
        }
    }

    private void markSubmitted(SingleAssessment a, int version, LocalDate completedOn, CurrentUser user) {
        if (a.inFamilyGroup()) {
            assessments.copyFamilySections(a.id());
        }
        Instant now = Instant.now(clock);
        if (!assessments.submit(a.id(), version, completedOn, user.displayName(), now)) {
            throw stale(a.id());
        }
        events.append(NewEvent.of(EventType.ASSESSMENT_SUBMITTED, on(completedOn), user.displayName(),
                "Single assessment completed on " + Dates.govuk(completedOn) + " and submitted for authorisation",
                null, List.of(a.personId())));
    }

    @Transactional
    public void authorise(long id, int version, LocalDate authorisedOn, CurrentUser user, AccessLog.Channel channel) {
        authorise(id, version, authorisedOn, null, user, channel);
    }

    /** The manager's {@code comment} (their reasoning) is optional here, kept on the assessment and in the chronology. */
    @Transactional
    public void authorise(long id, int version, LocalDate authorisedOn, String comment, CurrentUser user,
                          AccessLog.Channel channel) {
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
        if (comment != null && comment.length() > MAX_TEXT) {
            problems.add("comment", "The comment must be " + MAX_TEXT + " characters or fewer");
        }
        problems.throwIfAny();
        String reasoning = blankToNull(comment) == null ? null : comment.trim();
        Instant now = Instant.now(clock);
        if (!assessments.authorise(id, version, authorisedOn, reasoning, user.displayName(), now)) {
            throw stale(id);
        }
        SingleAssessment done = find(id);
        events.append(NewEvent.of(EventType.ASSESSMENT_AUTHORISED, on(authorisedOn), user.displayName(),
                "Single assessment authorised on " + Dates.govuk(authorisedOn) + ": " + done.outcome().label().toLowerCase()
                        + "; factors " + String.join(", ", done.factorCodes()),
                (reasoning == null ? "" : "Manager's comment: " + reasoning + "\n\n")
                        + timescale.describe(done, LocalDate.now(clock)) + ".\n\nReasons: " + done.outcomeReasons()
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

    void checkWriter(CurrentUser user, long personId, AccessLog.Channel channel, String path) {
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

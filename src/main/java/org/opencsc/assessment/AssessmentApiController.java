package org.opencsc.assessment;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ApiController;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Single assessments over JSON: start one from a referral, save the draft, submit, authorise or return. */
@ApiController("/api/v1/assessments")
class AssessmentApiController {

    private static final AccessLog.Channel API = AccessLog.Channel.API;

    private final SingleAssessments assessments;
    private final CurrentUsers currentUsers;
    private final AccessPolicy access;

    AssessmentApiController(SingleAssessments assessments, CurrentUsers currentUsers, AccessPolicy access) {
        this.access = access;
        this.assessments = assessments;
        this.currentUsers = currentUsers;
    }

    /** {@code siblingReferralIds}: siblings' open referrals to assess together, sharing the family sections (optional). */
    record StartRequest(Long referralId, String startedOn, List<Long> siblingReferralIds) {
    }

    /**
     * Factors as CIN census codes ("16A"); outcome as one of {@link AssessmentOutcome}'s names.
     * In a sibling group, {@code history} and {@code parentalCapacity} are the family's, shared
     * by the group, and {@code familyVersion} (the one read) is required.
     */
    record DraftRequest(Integer version, Integer familyVersion, String wishesAndFeelings, String history, String parentalCapacity,
                        String cultureAndIdentity, String riskAndProtectiveFactors, String analysis,
                        List<String> factors, String outcome, String outcomeReasons) {
    }

    record SubmitRequest(Integer version, String completedOn) {
    }

    /** {@code comment}: the manager's reasoning, optional, kept with the authorisation. */
    record AuthoriseRequest(Integer version, String authorisedOn, String comment) {
    }

    record ReturnRequest(Integer version, String comment) {
    }

    record Factor(String code, String label) {
    }

    /** A sibling's assessment sharing the family sections; only its id when the reader may not open the sibling. */
    record SiblingAssessment(long id, Long personId, String childName, String status) {
    }

    /**
     * {@code familyAssessmentId} and {@code familyVersion} are set for a sibling group assessed
     * together ({@code familyVersion} while the family sections are still written on the group);
     * {@code siblingAssessments} are the group's other assessments.
     */
    record AssessmentResponse(long id, long referralId, long personId, String status, LocalDate referralDate,
                              LocalDate startedOn, LocalDate dueOn, Map<String, String> sections, List<Factor> factors,
                              String outcome, String outcomeReasons, LocalDate completedOn, String returnedComment,
                              LocalDate authorisedOn, String authorisedBy, String authorisedComment, Long familyAssessmentId,
                              Integer familyVersion, List<SiblingAssessment> siblingAssessments, String timeliness,
                              int version) {
    }

    @PostMapping
    ResponseEntity<AssessmentResponse> start(@RequestBody StartRequest body, HttpServletRequest request) {
        Problems problems = new Problems();
        LocalDate startedOn = DateParts.fromIso(body.startedOn(), "startedOn", "startedOn", problems);
        problems.throwIfAny();
        CurrentUser user = currentUsers.current();
        long id = assessments.start(body.referralId(), startedOn, body.siblingReferralIds(), user, API);
        return ResponseEntity.created(URI.create("/api/v1/assessments/" + id)).body(read(id, user, request));
    }

    @GetMapping("/{id}")
    AssessmentResponse get(@PathVariable long id, HttpServletRequest request) {
        return read(id, currentUsers.current(), request);
    }

    @PutMapping("/{id}")
    AssessmentResponse saveDraft(@PathVariable long id, @RequestBody DraftRequest body, HttpServletRequest request) {
        Problems problems = new Problems();
        requireVersion(body.version(), problems);
        Set<AssessmentFactor> factors = EnumSet.noneOf(AssessmentFactor.class);
        for (String code : body.factors() == null ? List.<String>of() : body.factors()) {
            AssessmentFactor.parse(code).ifPresentOrElse(factors::add,
                    () -> problems.add("factors", "Unknown factor code '" + code + "': use the CIN census codes, like 16A or 21"));
        }
        AssessmentOutcome outcome = AssessmentOutcome.parse(body.outcome()).orElse(null);
        if (body.outcome() != null && !body.outcome().isBlank() && outcome == null) {
            problems.add("outcome", "outcome must be one of " + List.of(AssessmentOutcome.values()));
        }
        problems.throwIfAny();
        Map<AssessmentSection, String> sections = new EnumMap<>(AssessmentSection.class);
        put(sections, AssessmentSection.WISHES_AND_FEELINGS, body.wishesAndFeelings());
        put(sections, AssessmentSection.HISTORY, body.history());
        put(sections, AssessmentSection.PARENTAL_CAPACITY, body.parentalCapacity());
        put(sections, AssessmentSection.CULTURE_AND_IDENTITY, body.cultureAndIdentity());
        put(sections, AssessmentSection.RISK_AND_PROTECTIVE_FACTORS, body.riskAndProtectiveFactors());
        put(sections, AssessmentSection.ANALYSIS, body.analysis());
        CurrentUser user = currentUsers.current();
        assessments.saveDraft(id, new AssessmentDraft(sections, factors, outcome, body.outcomeReasons(), body.version(),
                body.familyVersion()), user, API);
        return read(id, user, request);
    }

    @PostMapping("/{id}/submit")
    AssessmentResponse submit(@PathVariable long id, @RequestBody SubmitRequest body, HttpServletRequest request) {
        Problems problems = new Problems();
        requireVersion(body.version(), problems);
        LocalDate completedOn = DateParts.fromIso(body.completedOn(), "completedOn", "completedOn", problems);
        problems.throwIfAny();
        CurrentUser user = currentUsers.current();
        assessments.submit(id, body.version(), completedOn, user, API);
        return read(id, user, request);
    }

    @PostMapping("/{id}/authorise")
    AssessmentResponse authorise(@PathVariable long id, @RequestBody AuthoriseRequest body, HttpServletRequest request) {
        Problems problems = new Problems();
        requireVersion(body.version(), problems);
        LocalDate authorisedOn = DateParts.fromIso(body.authorisedOn(), "authorisedOn", "authorisedOn", problems);
        problems.throwIfAny();
        CurrentUser user = currentUsers.current();
        assessments.authorise(id, body.version(), authorisedOn, body.comment(), user, API);
        return read(id, user, request);
    }

    @PostMapping("/{id}/return")
    AssessmentResponse returnToWorker(@PathVariable long id, @RequestBody ReturnRequest body, HttpServletRequest request) {
        Problems problems = new Problems();
        requireVersion(body.version(), problems);
        problems.throwIfAny();
        CurrentUser user = currentUsers.current();
        assessments.returnToWorker(id, body.version(), body.comment(), user, API);
        return read(id, user, request);
    }

    private static void put(Map<AssessmentSection, String> sections, AssessmentSection section, String text) {
        if (text != null) {
            sections.put(section, text);
        }
    }

    private static void requireVersion(Integer version, Problems problems) {
        if (version == null) {
            problems.add("version", "Send the version of the assessment you read, so concurrent changes are not lost");
        }
    }

    private AssessmentResponse read(long id, CurrentUser user, HttpServletRequest request) {
        SingleAssessment a = assessments.open(id, user, API, request.getRequestURI());
        Map<String, String> sections = new LinkedHashMap<>();
        for (AssessmentSection s : AssessmentSection.values()) {
            sections.put(s.field(), a.text(s));
        }
        return new AssessmentResponse(a.id(), a.referralId(), a.personId(), a.status().name(), a.referralDate(),
                a.startedOn(), a.dueOn(), sections, a.factors().stream().map(f -> new Factor(f.code(), f.label())).toList(),
                a.outcome() == null ? null : a.outcome().name(), a.outcomeReasons(), a.completedOn(), a.returnedComment(),
                a.authorisedOn(), a.authorisedBy(), a.authorisedComment(), a.familyAssessmentId(),
                a.writesFamilySections() ? a.familyVersion() : null, siblings(a, user), assessments.timeliness(a), a.version());
    }

    private List<SiblingAssessment> siblings(SingleAssessment a, CurrentUser user) {
        List<AssessmentRepository.GroupMember> others = assessments.groupOf(a).stream()
                .filter(m -> m.assessmentId() != a.id()).toList();
        var visible = access.visibility(user, others.stream().map(AssessmentRepository.GroupMember::personId).toList());
        return others.stream().map(m -> Boolean.TRUE.equals(visible.get(m.personId()))
                ? new SiblingAssessment(m.assessmentId(), m.personId(), m.childName(), m.status().name())
                : new SiblingAssessment(m.assessmentId(), null, null, null)).toList();
    }
}

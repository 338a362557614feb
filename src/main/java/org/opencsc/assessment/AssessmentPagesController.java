package org.opencsc.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.frontdoor.Referral;
import org.opencsc.frontdoor.ReferralService;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.opencsc.security.RecordAccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Starting a single assessment from the child's referral, writing it, and the manager's authorisation. */
@Controller
class AssessmentPagesController {

    private static final AccessLog.Channel WEB = AccessLog.Channel.WEB;
    /** The flash attribute carrying the completion date typed with a saved draft to the page shown next. */
    private static final String COMPLETED_ON_TYPED = "completedOnTyped";

    private final SingleAssessments assessments;
    private final AssessmentAmendments amendments;
    private final ReferralService referrals;
    private final AccessPolicy access;
    private final CurrentUsers currentUsers;
    private final SiblingGroup siblingGroup;
    private final Clock clock;

    AssessmentPagesController(SingleAssessments assessments, AssessmentAmendments amendments, ReferralService referrals,
                              AccessPolicy access, CurrentUsers currentUsers, SiblingGroup siblingGroup, Clock clock) {
        this.siblingGroup = siblingGroup;
        this.assessments = assessments;
        this.amendments = amendments;
        this.referrals = referrals;
        this.access = access;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @ModelAttribute("sections")
    AssessmentSection[] sections() {
        return AssessmentSection.values();
    }

    @ModelAttribute("factors")
    AssessmentFactor[] factors() {
        return AssessmentFactor.values();
    }

    @ModelAttribute("outcomes")
    AssessmentOutcome[] outcomes() {
        return AssessmentOutcome.values();
    }

    @GetMapping("/referrals/{referralId}/assessment/new")
    String startForm(@PathVariable long referralId, Model model) {
        Referral referral = startable(referralId);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("form", new StartAssessmentForm(String.valueOf(today.getDayOfMonth()),
                String.valueOf(today.getMonthValue()), String.valueOf(today.getYear()), List.of()));
        return showStart(referral, new Problems(), model);
    }

    @PostMapping("/referrals/{referralId}/assessment")
    String start(@PathVariable long referralId, @ModelAttribute("form") StartAssessmentForm form, Model model) {
        Referral referral = startable(referralId);
        Problems problems = new Problems();
        LocalDate startedOn = DateParts.fromParts(form.startedOnDay(), form.startedOnMonth(), form.startedOnYear(),
                "startedOn", "The start date", problems);
        if (problems.isEmpty()) {
            try {
                long id = assessments.start(referralId, startedOn, form.siblings(), currentUsers.current(), WEB);
                return "redirect:/assessments/" + id + "?started";
            } catch (ValidationException e) {
                problems.addAll(e);
            }
        }
        return showStart(referral, problems, model);
    }

    private Referral startable(long referralId) {
        Referral referral = referrals.find(referralId);
        CurrentUser user = currentUsers.current();
        access.checkCanRecord(user, referral.personId(), WEB, "/referrals/" + referralId + "/assessment");
        if (!SingleAssessments.canWrite(user.role())) {
            throw new RecordAccessDeniedException("Only a social worker or a manager can write a single assessment");
        }
        return referral;
    }

    private String showStart(Referral referral, Problems problems, Model model) {
        model.addAttribute("referral", referral);
        model.addAttribute("siblingOffers", siblingGroup.offers(referral, currentUsers.current()));
        model.addAttribute("errors", problems);
        return "assessment/start";
    }

    @GetMapping("/assessments/{id}")
    String show(@PathVariable long id, Model model) {
        SingleAssessment a = assessments.open(id, currentUsers.current(), WEB, "/assessments/" + id);
        AssessmentForm form = AssessmentForm.of(a, LocalDate.now(clock));
        // After "Save draft" the completion date typed comes back as typed (it is not part of the draft), not as today.
        if (model.getAttribute(COMPLETED_ON_TYPED) instanceof List<?> typed && typed.size() == 3) {
            form = form.withCompletedOn((String) typed.get(0), (String) typed.get(1), (String) typed.get(2));
        }
        model.addAttribute("form", form);
        model.addAttribute("decision", new ManagerDecisionForm(a.version(), null, null, null, null));
        return page(a, new Problems(), model);
    }

    /**
     * "Save draft" saves what was typed; "Submit for authorisation" checks everything typed first
     * and, if anything is missing, writes nothing: the page lists every missing part at once with
     * what was typed kept, and the saved draft (the pre-filled history with it) stays as it was.
     * The completion date is read either way: one that is not a real date (31 February) is
     * refused with everything typed kept, never replaced by today's; a draft is not saved with it.
     */
    @PostMapping("/assessments/{id}")
    String save(@PathVariable long id, @ModelAttribute("form") AssessmentForm form, Model model,
                RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        Problems problems = new Problems();
        AssessmentDraft draft = form.toDraft(problems);
        LocalDate completedOn = form.completedOn(problems);
        if (form.submitting() && !problems.has("version")) {
            try {
                assessments.submit(id, draft, completedOn, problems, user, WEB);
                return "redirect:/assessments/" + id + "?submitted";
            } catch (ValidationException e) {
                problems = new Problems().addAll(e); // the service's check includes what the form found
            } catch (ConflictException e) {
                problems.add("version", e.getMessage());
            }
        } else if (!form.submitting() && problems.isEmpty()) {
            try {
                assessments.saveDraft(id, draft, user, WEB);
                redirect.addFlashAttribute(COMPLETED_ON_TYPED,
                        List.of(nullToEmpty(form.completedOnDay()), nullToEmpty(form.completedOnMonth()),
                                nullToEmpty(form.completedOnYear())));
                return "redirect:/assessments/" + id + "?saved";
            } catch (ValidationException e) {
                problems.addAll(e);
            } catch (ConflictException e) {
                problems.add("version", e.getMessage());
            }
        }
        SingleAssessment a = assessments.open(id, user, WEB, "/assessments/" + id);
        model.addAttribute("form", form);
        model.addAttribute("decision", new ManagerDecisionForm(a.version(), null, null, null, null));
        return page(a, problems, model);
    }

    @PostMapping("/assessments/{id}/authorise")
    String authorise(@PathVariable long id, @ModelAttribute("decision") ManagerDecisionForm decision, Model model) {
        CurrentUser user = currentUsers.current();
        Problems problems = new Problems();
        LocalDate on = DateParts.fromParts(decision.authorisedOnDay(), decision.authorisedOnMonth(), decision.authorisedOnYear(),
                "authorisedOn", "The authorisation date", problems);
        if (problems.isEmpty()) {
            try {
                assessments.authorise(id, requiredVersion(decision.version()), on, decision.comment(), user, WEB);
                return "redirect:/assessments/" + id + "?authorised";
            } catch (ValidationException e) {
                problems.addAll(e);
            } catch (ConflictException e) {
                return conflict(id, decision, "authorisedOn", e, model);
            }
        }
        return redisplay(id, decision, problems, model);
    }

    @PostMapping("/assessments/{id}/return")
    String returnToWorker(@PathVariable long id, @ModelAttribute("decision") ManagerDecisionForm decision, Model model) {
        try {
            assessments.returnToWorker(id, requiredVersion(decision.version()), decision.comment(), currentUsers.current(), WEB);
            return "redirect:/assessments/" + id + "?returned";
        } catch (ValidationException e) {
            return redisplay(id, decision, new Problems().addAll(e), model);
        } catch (ConflictException e) {
            return conflict(id, decision, "comment", e, model);
        }
    }

    /**
     * Someone authorised, returned or changed the assessment since the manager opened it. The
     * page shows it as it now is, says so, and keeps what the manager typed: in the form, which
     * now carries the current version, when the assessment still awaits a decision; otherwise
     * beside the message, to copy.
     */
    private String conflict(long id, ManagerDecisionForm decision, String field, ConflictException e, Model model) {
        SingleAssessment a = assessments.open(id, currentUsers.current(), WEB, "/assessments/" + id);
        boolean formShown = a.awaitingAuthorisation();
        Problems problems = new Problems().add(formShown ? field : "version", e.getMessage()
                + (formShown ? " What you typed is kept: check the assessment and send it again." : " Nothing you typed was saved."));
        if (!formShown && !DateParts.isBlank(decision.comment())) {
            model.addAttribute("unsavedComment", decision.comment());
        }
        return redisplay(id, new ManagerDecisionForm(a.version(), decision.authorisedOnDay(), decision.authorisedOnMonth(),
                decision.authorisedOnYear(), decision.comment()), problems, model);
    }

    /** A manager's form always sends the version it was read at; one without it is refused (400), not treated as stale or current. */
    private static int requiredVersion(Integer version) {
        if (version == null) {
            throw new ValidationException("version", "The form was sent without the version of the assessment it was based on. "
                    + "Go back, reload the assessment and try again.");
        }
        return version;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** "Correct this assessment": refused corrections re-render the page with the form as typed. */
    @PostMapping("/assessments/{id}/amendments")
    String amend(@PathVariable long id, @ModelAttribute("amendForm") AssessmentAmendmentForm form, Model model) {
        CurrentUser user = currentUsers.current();
        Problems problems = new Problems();
        try {
            amendments.amend(id, blankToNull(form.field()), form.value(), form.reason(), form.version(), user, WEB);
            return "redirect:/assessments/" + id + "?corrected";
        } catch (ValidationException e) {
            // The service's message for "field" lists the API's names; the page offers a list to choose from.
            e.problems().forEach(p -> problems.add(p.field(),
                    "field".equals(p.field()) ? "Select what needs correcting" : p.message()));
        } catch (ConflictException e) {
            problems.add("version", e.getMessage());
        }
        SingleAssessment a = assessments.open(id, user, WEB, "/assessments/" + id);
        model.addAttribute("form", AssessmentForm.of(a, LocalDate.now(clock)));
        model.addAttribute("decision", new ManagerDecisionForm(a.version(), null, null, null, null));
        // The current version, so that after "changed by someone else" the next try checks against what is now shown.
        model.addAttribute("amendForm", new AssessmentAmendmentForm(form.field(), form.value(), form.reason(), a.version()));
        return page(a, problems, model);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private String redisplay(long id, ManagerDecisionForm decision, Problems problems, Model model) {
        SingleAssessment a = assessments.open(id, currentUsers.current(), WEB, "/assessments/" + id);
        model.addAttribute("form", AssessmentForm.of(a, LocalDate.now(clock)));
        model.addAttribute("decision", decision);
        return page(a, problems, model);
    }

    /** A sibling's assessment in the same group, named only if the viewer may open the sibling. */
    public record SiblingAssessment(long id, String name, String status, boolean open) {
    }

    private List<SiblingAssessment> siblingAssessments(SingleAssessment a, CurrentUser user) {
        List<AssessmentRepository.GroupMember> others = assessments.groupOf(a).stream()
                .filter(m -> m.assessmentId() != a.id()).toList();
        var visible = access.visibility(user, others.stream().map(AssessmentRepository.GroupMember::personId).toList());
        return others.stream().map(m -> Boolean.TRUE.equals(visible.get(m.personId()))
                ? new SiblingAssessment(m.assessmentId(), m.childName(), m.status().label().toLowerCase(), true)
                : new SiblingAssessment(0, null, null, false)).toList();
    }

    private String page(SingleAssessment a, Problems problems, Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("assessment", a);
        model.addAttribute("siblingAssessments", siblingAssessments(a, user));
        model.addAttribute("timeliness", assessments.timeliness(a));
        model.addAttribute("editable", a.inProgress() && SingleAssessments.canWrite(user.role()) && user.role().recordsOnCases());
        model.addAttribute("canAuthorise", a.awaitingAuthorisation() && SingleAssessments.canAuthorise(user.role()));
        model.addAttribute("canAmend", a.authorised() && SingleAssessments.canWrite(user.role()) && user.role().recordsOnCases());
        model.addAttribute("amendableFields", AmendableField.ALL);
        model.addAttribute("amendments", amendments.forAssessment(a.id()));
        model.addAttribute("fieldLabels", AmendableField.ALL.stream()
                .collect(java.util.stream.Collectors.toMap(AmendableField::name, AmendableField::label)));
        if (!model.containsAttribute("amendForm")) {
            model.addAttribute("amendForm", AssessmentAmendmentForm.blank(a));
        }
        model.addAttribute("errors", problems);
        return "assessment/assessment";
    }
}

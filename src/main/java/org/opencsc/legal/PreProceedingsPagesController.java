package org.opencsc.legal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.opencsc.childrecord.RecordPages;
import org.opencsc.childrecord.RecordPart;
import org.opencsc.person.FamilyMember;
import org.opencsc.person.FamilyNetwork;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.Dates;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * One child's pre-proceedings page: weeks elapsed, the aim and how it was set, meetings, FGDM and
 * extensions, the siblings also in pre-proceedings, and a form for each step the user may take.
 * A refused step shows the page again with the error summary and what was typed.
 */
@Controller
class PreProceedingsPagesController {

    private static final String PAGE = "/people/{id}/pre-proceedings/{ppId}";

    private final LegalPlanningMeetings meetings;
    private final PreProceedingsSteps steps;
    private final LegalPlanningMeetingRepository repository;
    private final FamilyNetwork family;
    private final RecordPages recordPages;
    private final CurrentUsers currentUsers;

    PreProceedingsPagesController(LegalPlanningMeetings meetings, PreProceedingsSteps steps, LegalPlanningMeetingRepository repository,
                                  FamilyNetwork family, RecordPages recordPages, CurrentUsers currentUsers) {
        this.meetings = meetings;
        this.steps = steps;
        this.repository = repository;
        this.family = family;
        this.recordPages = recordPages;
        this.currentUsers = currentUsers;
    }

    @GetMapping(PAGE)
    String show(@PathVariable long id, @PathVariable long ppId, HttpServletRequest request, Model model) {
        return page(id, ppId, null, new Problems(), request, model);
    }

    @PostMapping(PAGE + "/meetings")
    String plan(@PathVariable long id, @PathVariable long ppId, @ModelAttribute("form") PreProceedingsStepsForm form,
                HttpServletRequest request, Model model) {
        return step(id, ppId, form, "meetingPlanned", form::plan, (in, v) -> steps.planMeeting(id, ppId, in, v, user(), AccessLog.Channel.WEB),
                request, model);
    }

    @PostMapping(PAGE + "/meetings/held")
    String held(@PathVariable long id, @PathVariable long ppId, @ModelAttribute("form") PreProceedingsStepsForm form,
                HttpServletRequest request, Model model) {
        return step(id, ppId, form, "meetingHeld", form::held,
                (in, v) -> steps.recordMeetingHeld(id, ppId, in, v, user(), AccessLog.Channel.WEB), request, model);
    }

    @PostMapping(PAGE + "/fgdm")
    String fgdm(@PathVariable long id, @PathVariable long ppId, @ModelAttribute("form") PreProceedingsStepsForm form,
                HttpServletRequest request, Model model) {
        return step(id, ppId, form, "fgdmRecorded", form::fgdm, (in, v) -> steps.recordFgdm(id, ppId, in, v, user(), AccessLog.Channel.WEB),
                request, model);
    }

    @PostMapping(PAGE + "/extensions")
    String extend(@PathVariable long id, @PathVariable long ppId, @ModelAttribute("form") PreProceedingsStepsForm form,
                  HttpServletRequest request, Model model) {
        return step(id, ppId, form, "aimExtended", form::extension, (in, v) -> steps.extend(id, ppId, in, v, user(), AccessLog.Channel.WEB),
                request, model);
    }

    @PostMapping(PAGE + "/step-decision")
    String decide(@PathVariable long id, @PathVariable long ppId, @ModelAttribute("form") PreProceedingsStepsForm form,
                  HttpServletRequest request, Model model) {
        return step(id, ppId, form, "stepDecided", form::decision, (in, v) -> steps.decideStep(id, ppId, in, v, user(), AccessLog.Channel.WEB),
                request, model);
    }

    /** Reads the form, takes the step, and either goes back to the page with its confirmation or shows the page with the problems. */
    private <T> String step(long id, long ppId, PreProceedingsStepsForm form, String confirmation, Function<Problems, T> read,
                            BiConsumer<T, Integer> take, HttpServletRequest request, Model model) {
        Problems problems = new Problems();
        Integer version = form.versionOrProblem(problems);
        T input = read.apply(problems);
        if (problems.isEmpty()) {
            try {
                take.accept(input, version);
                return "redirect:/people/" + id + "/pre-proceedings/" + ppId + "?" + confirmation;
            } catch (ValidationException e) {
                problems.addAll(e);
            } catch (ConflictException e) {
                problems.add("version", e.getMessage());
            }
        }
        return page(id, ppId, form, problems, request, model);
    }

    private String page(long id, long ppId, PreProceedingsStepsForm form, Problems problems, HttpServletRequest request, Model model) {
        CurrentUser user = user();
        // The pre-proceedings must belong to this child (404 otherwise) before the record frame opens it.
        PreProceedingsView view = meetings.openPreProceedings(id, ppId, user, AccessLog.Channel.WEB, request.getRequestURI());
        recordPages.prepare(id, RecordPart.SUMMARY, user, request, model);
        boolean open = view.summary().outcome() == null;
        model.addAttribute("pp", view);
        model.addAttribute("form", form == null ? PreProceedingsStepsForm.of(view.summary()) : form);
        model.addAttribute("errors", problems);
        model.addAttribute("recordsSteps", open && LegalAccess.recordsPreProceedings(user.role()));
        model.addAttribute("decidesStep", open && LegalAccess.decidesStep(user.role()));
        List<PreProceedingsMeeting> unheld = view.meetings().stream().filter(m -> m.heldOn() == null).toList();
        model.addAttribute("unheldMeetings", unheld);
        model.addAttribute("meetingChoices", unheld.stream().map(m -> new PreProceedingsMeetingKind.Choice(String.valueOf(m.id()),
                (m.initial() ? "Pre-proceedings meeting" : "Review") + " planned for " + Dates.govuk(m.plannedOn()))).toList());
        model.addAttribute("outcomes", PreProceedingsOutcome.values());
        model.addAttribute("aimHint", "It must be after the current aim of " + Dates.govuk(view.summary().aimOn()));
        model.addAttribute("meetingKinds", PreProceedingsMeetingKind.values());
        model.addAttribute("outcomeLabel", PreProceedingsOutcome.parse(view.summary().outcome()).map(PreProceedingsOutcome::label).orElse(""));
        model.addAttribute("siblings", siblingsInPreProceedings(view.summary().personId(), user));
        return "legal/pre-proceedings";
    }

    /** A sibling the user may open, with their open pre-proceedings; one the user may not open is not named (FamilyNetwork withholds them). */
    private List<SiblingInPreProceedings> siblingsInPreProceedings(long personId, CurrentUser user) {
        List<FamilyMember> siblings = family.shownTo(personId, user).stream()
                .filter(f -> f.sibling() && f.child() && !f.withheld() && f.personId() != null).toList();
        if (siblings.isEmpty()) {
            return List.of();
        }
        List<PreProceedingsSummary> theirs = repository.preProceedingsOf(siblings.stream().map(FamilyMember::personId).toList());
        return siblings.stream().flatMap(s -> theirs.stream().filter(p -> p.personId() == s.personId() && p.outcome() == null)
                .map(p -> new SiblingInPreProceedings(s.personId(), s.name(), s.relationshipLabel(), p.id(), p.startedOn(), p.aimOn())))
                .distinct().toList();
    }

    private CurrentUser user() {
        return currentUsers.current();
    }
}

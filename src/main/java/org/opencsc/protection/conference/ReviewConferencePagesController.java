package org.opencsc.protection.conference;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.person.Person;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.protection.AbuseCategory;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.protection.step.StepClosedPage;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.opencsc.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Recording a review child protection conference, from the child's record. */
@Controller
class ReviewConferencePagesController {

    /** The review conference page as typed. */
    public record ReviewForm(String heldOnDay, String heldOnMonth, String heldOnYear, String startsAt, String chair,
                             List<String> inviteeName, List<String> inviteeAgency, List<String> inviteeAttendance,
                             String childViews, String decision, String category, String reasons) {

        MeetingForm meeting() {
            return new MeetingForm(startsAt, inviteeName, inviteeAgency, inviteeAttendance);
        }
    }

    private static final String HEADING = "Review child protection conference";
    private static final String ENDED = "a review conference is held";

    private final ReviewConferences reviews;
    private final PersonRepository people;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ReviewConferencePagesController(ReviewConferences reviews, PersonRepository people, CurrentUsers currentUsers, Clock clock) {
        this.reviews = reviews;
        this.people = people;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @ModelAttribute("categories")
    AbuseCategory[] categories() {
        return AbuseCategory.values();
    }

    @ModelAttribute("decisions")
    ReviewDecision[] decisions() {
        return ReviewDecision.values();
    }

    @GetMapping("/plans/{planId}/review-conference")
    String form(@PathVariable long planId, Model model, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        ChildProtectionPlan plan = reviews.planForReview(planId, user, AccessLog.Channel.WEB, request.getRequestURI());
        if (!plan.open()) {
            return StepClosedPage.show(model, child(plan), HEADING, StepClosedPage.planEnded(plan, ENDED),
                    StepClosedPage.endedPlan(plan));
        }
        // A chair records their own conference; a manager recording it for the chair types the chair's name.
        String chair = user.is(Role.CONFERENCE_CHAIR) ? user.displayName() : null;
        model.addAttribute("form", new ReviewForm(null, null, null, null, chair, List.of(), List.of(), List.of(), null, null,
                plan.category().name(), null));
        return show(plan, new Problems(), model);
    }

    @PostMapping("/plans/{planId}/review-conference")
    String record(@PathVariable long planId, @ModelAttribute("form") ReviewForm form, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        CurrentUser user = currentUsers.current();
        // Refused before the form is read: who may send it does not depend on what was typed.
        ChildProtectionPlan plan = reviews.planForReview(planId, user, AccessLog.Channel.WEB, request.getRequestURI());
        if (!plan.open()) {
            return ended(plan, model, response);
        }
        Problems problems = new Problems();
        LocalDate held = DateParts.fromParts(form.heldOnDay(), form.heldOnMonth(), form.heldOnYear(), "heldOn",
                "The date the conference was held", problems);
        ReviewDecision decision = ReviewDecision.parse(form.decision()).orElse(null);
        // The category select keeps the plan's category; it only counts when the plan continues.
        AbuseCategory category = decision == ReviewDecision.END_PLAN ? null : AbuseCategory.parse(form.category()).orElse(null);
        // Who attended is the invitee table's attendance column: the page sends no separate attendees line.
        ConferenceMeeting meeting = form.meeting().toMeeting(problems);
        if (problems.isEmpty()) {
            try {
                reviews.record(new ReviewConferenceInput(planId, held, form.chair(), null, form.childViews(),
                        decision, category, form.reasons(), meeting), user, AccessLog.Channel.WEB);
                return "redirect:/people/" + plan.personId() + "?reviewRecorded";
            } catch (ValidationException v) {
                form.meeting().onPage(v.problems()).forEach(p -> problems.add(p.field(), p.message()));
            } catch (ConflictException c) {
                // Ended by another review while this form was open.
                ChildProtectionPlan now = reviews.planForReview(planId, user, AccessLog.Channel.WEB, request.getRequestURI());
                if (!now.open()) {
                    return ended(now, model, response);
                }
                problems.add("heldOn", c.getMessage());
            }
        } else {
            form.meeting().checkRows(meeting, held, clock, problems);
        }
        return show(plan, problems, model);
    }

    private String ended(ChildProtectionPlan plan, Model model, HttpServletResponse response) {
        return StepClosedPage.refuse(response, model, child(plan), HEADING, StepClosedPage.planEnded(plan, ENDED),
                StepClosedPage.endedPlan(plan));
    }

    private Person child(ChildProtectionPlan plan) {
        return people.find(plan.personId()).orElseThrow();
    }

    private String show(ChildProtectionPlan plan, Problems problems, Model model) {
        ReviewForm form = (ReviewForm) model.getAttribute("form");
        model.addAttribute("meeting", form == null ? MeetingForm.empty() : form.meeting());
        model.addAttribute("attendances", Attendance.values());
        model.addAttribute("plan", plan);
        model.addAttribute("lastConferenceOn", reviews.lastConferenceOn(plan.id()));
        model.addAttribute("child", child(plan));
        model.addAttribute("errors", problems);
        return "protection/conference/review-conference";
    }
}

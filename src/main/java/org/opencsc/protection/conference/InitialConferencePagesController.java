package org.opencsc.protection.conference;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencsc.person.Person;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.Dates;
import org.opencsc.protection.AbuseCategory;
import org.opencsc.protection.enquiry.S47Enquiry;
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

/** Recording the initial conference that follows a Section 47 enquiry which found one needed. */
@Controller
class InitialConferencePagesController {

    /** The initial conference page as typed. */
    public record ConferenceForm(String heldOnDay, String heldOnMonth, String heldOnYear, String startsAt, String chair,
                                 List<String> inviteeName, List<String> inviteeAgency, List<String> inviteeAttendance,
                                 String childViews, String planNeeded, String category, String reasons) {

        MeetingForm meeting() {
            return new MeetingForm(startsAt, inviteeName, inviteeAgency, inviteeAttendance);
        }
    }

    private static final String HEADING = "Initial child protection conference";

    private final Conferences conferences;
    private final PersonRepository people;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    InitialConferencePagesController(Conferences conferences, PersonRepository people, CurrentUsers currentUsers, Clock clock) {
        this.conferences = conferences;
        this.people = people;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @ModelAttribute("categories")
    AbuseCategory[] categories() {
        return AbuseCategory.values();
    }

    @GetMapping("/s47-enquiries/{id}/conference")
    String conferenceForm(@PathVariable long id, Model model, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        S47Enquiry e = conferences.enquiryForInitial(id, user, AccessLog.Channel.WEB, request.getRequestURI());
        Optional<InitialConference> held = conferences.initialAfter(e.id());
        if (held.isPresent()) {
            return StepClosedPage.show(model, child(e), HEADING, alreadyHeld(held.get()), recorded(held.get()));
        }
        Optional<String> notYet = conferences.whyNoInitialConference(e);
        if (notYet.isPresent()) {
            return StepClosedPage.show(model, child(e), HEADING, notYet.get(), List.of());
        }
        // A chair records their own conference; a manager recording it for the chair types the chair's name.
        String chair = user.is(Role.CONFERENCE_CHAIR) ? user.displayName() : null;
        model.addAttribute("form", new ConferenceForm(null, null, null, null, chair, List.of(), List.of(), List.of(), null, null,
                null, null));
        return showConference(e, new Problems(), model);
    }

    @PostMapping("/s47-enquiries/{id}/conference")
    String conference(@PathVariable long id, @ModelAttribute("form") ConferenceForm form, Model model,
                      HttpServletRequest request, HttpServletResponse response) {
        CurrentUser user = currentUsers.current();
        // Refused before the form is read: who may send it does not depend on what was typed.
        S47Enquiry e = conferences.enquiryForInitial(id, user, AccessLog.Channel.WEB, request.getRequestURI());
        String closed = closed(e, model, response);
        if (closed != null) {
            return closed;
        }
        Problems problems = new Problems();
        LocalDate held = DateParts.fromParts(form.heldOnDay(), form.heldOnMonth(), form.heldOnYear(), "heldOn",
                "The date the conference was held", problems);
        Boolean plan = "yes".equals(form.planNeeded()) ? Boolean.TRUE : "no".equals(form.planNeeded()) ? Boolean.FALSE : null;
        // Who attended is the invitee table's attendance column: the page sends no separate attendees line.
        ConferenceMeeting meeting = form.meeting().toMeeting(problems);
        if (problems.isEmpty()) {
            try {
                conferences.recordInitial(new InitialConferenceInput(id, held, form.chair(), null, form.childViews(),
                        plan, AbuseCategory.parse(form.category()).orElse(null), form.reasons(), meeting), user,
                        AccessLog.Channel.WEB);
                return "redirect:/people/" + e.personId() + "?conferenceRecorded";
            } catch (ValidationException v) {
                form.meeting().onPage(v.problems()).forEach(p -> problems.add(p.field(), p.message()));
            } catch (ConflictException c) {
                // Recorded by someone else while this form was open: show theirs rather than the form again.
                closed = closed(e, model, response);
                if (closed != null) {
                    return closed;
                }
                problems.add("heldOn", c.getMessage());
            }
        } else {
            form.meeting().checkRows(meeting, held, clock, problems);
        }
        return showConference(e, problems, model);
    }

    /** The page refusing a conference sent for an enquiry that has one, or cannot have one yet; null when it can. */
    private String closed(S47Enquiry e, Model model, HttpServletResponse response) {
        Optional<InitialConference> held = conferences.initialAfter(e.id());
        if (held.isPresent()) {
            return StepClosedPage.refuse(response, model, child(e), HEADING, alreadyHeld(held.get()), recorded(held.get()));
        }
        return conferences.whyNoInitialConference(e)
                .map(why -> StepClosedPage.refuse(response, model, child(e), HEADING, why, List.of()))
                .orElse(null);
    }

    private static String alreadyHeld(InitialConference c) {
        return "The initial conference after this enquiry was held on " + Dates.govuk(c.heldOn()) + " and recorded by "
                + c.recordedBy() + ": it cannot be recorded again.";
    }

    private List<StepClosedPage.Row> recorded(InitialConference c) {
        ConferenceMeeting meeting = conferences.meetingOf(c.id());
        List<StepClosedPage.Row> rows = new java.util.ArrayList<>(List.of(new StepClosedPage.Row("Held", Dates.govuk(c.heldOn())
                        + (meeting.startsAt() == null ? "" : ", starting at " + meeting.startsAt())),
                new StepClosedPage.Row("Chair", c.chair())));
        if (!meeting.invitees().isEmpty()) {
            rows.add(new StepClosedPage.Row("Invited", meeting.invitedLine()));
        }
        rows.addAll(recordedOutcome(c));
        return rows;
    }

    private static List<StepClosedPage.Row> recordedOutcome(InitialConference c) {
        return List.of(new StepClosedPage.Row("Attended", c.attendees()),
                new StepClosedPage.Row("The child’s views", c.childViews()),
                new StepClosedPage.Row("Decision", c.planNeeded()
                        ? "Child protection plan: " + c.category().label().toLowerCase() : "No child protection plan"),
                new StepClosedPage.Row("Reasons", c.reasons()));
    }

    private Person child(S47Enquiry e) {
        return people.find(e.personId()).orElseThrow();
    }

    private String showConference(S47Enquiry e, Problems problems, Model model) {
        ConferenceForm form = (ConferenceForm) model.getAttribute("form");
        model.addAttribute("meeting", form == null ? MeetingForm.empty() : form.meeting());
        model.addAttribute("attendances", Attendance.values());
        model.addAttribute("enquiry", e);
        model.addAttribute("child", child(e));
        model.addAttribute("errors", problems);
        model.addAttribute("today", LocalDate.now(clock));
        return "protection/conference/initial-conference";
    }
}

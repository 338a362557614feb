package org.opencsc.protection.conference;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.protection.AbuseCategory;
import org.opencsc.protection.enquiry.S47Enquiries;
import org.opencsc.protection.enquiry.S47Enquiry;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
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
    public record ConferenceForm(String heldOnDay, String heldOnMonth, String heldOnYear, String chair, String attendees,
                                 String childViews, String planNeeded, String category, String reasons) {
    }

    private final S47Enquiries enquiries;
    private final Conferences conferences;
    private final PersonRepository people;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    InitialConferencePagesController(S47Enquiries enquiries, Conferences conferences, PersonRepository people,
                              CurrentUsers currentUsers, Clock clock) {
        this.enquiries = enquiries;
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
        S47Enquiry e = enquiries.open(id, user, AccessLog.Channel.WEB, request.getRequestURI());
        model.addAttribute("form", new ConferenceForm(null, null, null, user.displayName(), null, null, null, null, null));
        return showConference(e, new Problems(), model);
    }

    @PostMapping("/s47-enquiries/{id}/conference")
    String conference(@PathVariable long id, @ModelAttribute("form") ConferenceForm form, Model model,
                      HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        S47Enquiry e = enquiries.open(id, user, AccessLog.Channel.WEB, request.getRequestURI());
        Problems problems = new Problems();
        LocalDate held = DateParts.fromParts(form.heldOnDay(), form.heldOnMonth(), form.heldOnYear(), "heldOn",
                "The date the conference was held", problems);
        Boolean plan = "yes".equals(form.planNeeded()) ? Boolean.TRUE : "no".equals(form.planNeeded()) ? Boolean.FALSE : null;
        if (problems.isEmpty()) {
            try {
                conferences.recordInitial(new InitialConferenceInput(id, held, form.chair(), form.attendees(), form.childViews(),
                        plan, AbuseCategory.parse(form.category()).orElse(null), form.reasons()), user, AccessLog.Channel.WEB);
                return "redirect:/people/" + e.personId() + "?conferenceRecorded";
            } catch (ValidationException v) {
                problems.addAll(v);
            } catch (ConflictException c) {
                problems.add("heldOn", c.getMessage());
            }
        }
        return showConference(e, problems, model);
    }

    private String showConference(S47Enquiry e, Problems problems, Model model) {
        model.addAttribute("enquiry", e);
        model.addAttribute("child", people.find(e.personId()).orElseThrow());
        model.addAttribute("errors", problems);
        model.addAttribute("today", LocalDate.now(clock));
        return "protection/conference/initial-conference";
    }
}

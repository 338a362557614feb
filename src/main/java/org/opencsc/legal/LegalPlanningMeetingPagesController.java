package org.opencsc.legal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.IntStream;
import org.opencsc.childrecord.RecordPages;
import org.opencsc.childrecord.RecordPart;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.opencsc.workforce.StaffDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The legal planning meeting form on a child's record, offered only to those who may record it. */
@Controller
class LegalPlanningMeetingPagesController {

    private final LegalPlanningMeetings meetings;
    private final RecordPages recordPages;
    private final CurrentUsers currentUsers;
    private final StaffDirectory staff;

    LegalPlanningMeetingPagesController(LegalPlanningMeetings meetings, RecordPages recordPages, CurrentUsers currentUsers,
                                        StaffDirectory staff) {
        this.meetings = meetings;
        this.recordPages = recordPages;
        this.currentUsers = currentUsers;
        this.staff = staff;
    }

    @GetMapping("/people/{id}/legal-planning-meetings/new")
    String form(@PathVariable long id, HttpServletRequest request, Model model) {
        CurrentUser user = currentUsers.current();
        meetings.checkCanRecord(id, user, AccessLog.Channel.WEB, request.getRequestURI());
        model.addAttribute("form", LegalPlanningMeetingForm.empty(user.username()));
        return show(id, new Problems(), request, model);
    }

    @PostMapping("/people/{id}/legal-planning-meetings/new")
    String record(@PathVariable long id, @ModelAttribute("form") LegalPlanningMeetingForm form, HttpServletRequest request,
                  Model model) {
        Problems problems = new Problems();
        LegalPlanningMeetingInput input = form.toInput(problems);
        if (problems.isEmpty()) {
            try {
                meetings.record(id, input, currentUsers.current(), AccessLog.Channel.WEB);
                return "redirect:/people/" + id + "?legalPlanningMeetingRecorded";
            } catch (ValidationException e) {
                problems.addAll(e);
            }
        }
        return show(id, problems, request, model);
    }

    private String show(long id, Problems problems, HttpServletRequest request, Model model) {
        recordPages.prepare(id, RecordPart.SUMMARY, currentUsers.current(), request, model);
        model.addAttribute("personId", id);
        model.addAttribute("decisions", LegalPlanningDecision.values());
        model.addAttribute("staff", staff.owners());
        model.addAttribute("alternativeRows", IntStream.range(0, LegalPlanningMeetingForm.ALTERNATIVE_ROWS).boxed().toList());
        model.addAttribute("errors", problems);
        return "legal/legal-planning-meeting-new";
    }
}

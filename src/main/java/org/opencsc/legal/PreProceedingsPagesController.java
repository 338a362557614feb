package org.opencsc.legal;

import jakarta.servlet.http.HttpServletRequest;
import org.opencsc.childrecord.RecordPages;
import org.opencsc.childrecord.RecordPart;
import org.opencsc.platform.validation.Problems;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One child's pre-proceedings page: weeks elapsed, the 16-week aim and how it was set, meetings, FGDM and extensions. */
@Controller
class PreProceedingsPagesController {

    private final LegalPlanningMeetings meetings;
    private final RecordPages recordPages;
    private final CurrentUsers currentUsers;

    PreProceedingsPagesController(LegalPlanningMeetings meetings, RecordPages recordPages, CurrentUsers currentUsers) {
        this.meetings = meetings;
        this.recordPages = recordPages;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/people/{id}/pre-proceedings/{ppId}")
    String show(@PathVariable long id, @PathVariable long ppId, HttpServletRequest request, Model model) {
        CurrentUser user = currentUsers.current();
        // The pre-proceedings must belong to this child (404 otherwise) before the record frame opens it.
        PreProceedingsView view = meetings.openPreProceedings(id, ppId, user, AccessLog.Channel.WEB, request.getRequestURI());
        recordPages.prepare(id, RecordPart.SUMMARY, user, request, model);
        model.addAttribute("pp", view);
        model.addAttribute("errors", new Problems());
        return "legal/pre-proceedings";
    }
}

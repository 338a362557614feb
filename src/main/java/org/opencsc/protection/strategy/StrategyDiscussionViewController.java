package org.opencsc.protection.strategy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A recorded strategy discussion, and recording each attendee's sign-off of it (a plain form per attendee). */
@Controller
class StrategyDiscussionViewController {

    private final StrategyDiscussions discussions;
    private final StrategyDiscussionViewModel view;
    private final CurrentUsers currentUsers;

    StrategyDiscussionViewController(StrategyDiscussions discussions, StrategyDiscussionViewModel view,
                                     CurrentUsers currentUsers) {
        this.discussions = discussions;
        this.view = view;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/strategy-discussions/{id}")
    String show(@PathVariable long id, Model model, HttpServletRequest request) {
        StrategyDiscussion d = discussions.open(id, currentUsers.current(), AccessLog.Channel.WEB, request.getRequestURI());
        return view.show(d, new Problems(), model);
    }

    /** Each party's button carries the version of the record shown, so one party's sign-off does not stale the others'. */
    @PostMapping("/strategy-discussions/{id}/attendees/{attendeeId}/sign-off")
    String signOff(@PathVariable long id, @PathVariable long attendeeId, @RequestParam(required = false) Integer version,
                   Model model, HttpServletRequest request, HttpServletResponse response) {
        CurrentUser user = currentUsers.current();
        try {
            discussions.signOff(id, attendeeId, version == null ? -1 : version, user, AccessLog.Channel.WEB);
            return "redirect:/strategy-discussions/" + id + "?signedOff";
        } catch (ConflictException c) {
            // The record as it is now, with why nothing was saved.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            Problems problems = new Problems().add("attendees", c.getMessage());
            return view.show(discussions.open(id, user, AccessLog.Channel.WEB, request.getRequestURI()), problems, model);
        }
    }
}

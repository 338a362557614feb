package org.opencsc.protection.strategy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** "Correct this record" on the strategy discussion's page: the old value is kept, with who corrected it and why. */
@Controller
class StrategyDiscussionAmendmentPagesController {

    private final StrategyDiscussionAmendments amendments;
    private final StrategyDiscussions discussions;
    private final StrategyDiscussionViewModel view;
    private final CurrentUsers currentUsers;

    StrategyDiscussionAmendmentPagesController(StrategyDiscussionAmendments amendments, StrategyDiscussions discussions,
                                               StrategyDiscussionViewModel view, CurrentUsers currentUsers) {
        this.amendments = amendments;
        this.discussions = discussions;
        this.view = view;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/strategy-discussions/{id}/amendments")
    String amend(@PathVariable long id, @ModelAttribute StrategyDiscussionAmendmentForm form, Model model,
                 HttpServletRequest request, HttpServletResponse response) {
        CurrentUser user = currentUsers.current();
        Problems problems = new Problems();
        String value = form.information();
        if ("heldOn".equals(form.field())) {
            LocalDate held = DateParts.fromParts(form.heldOnDay(), form.heldOnMonth(), form.heldOnYear(), "heldOn",
                    "The corrected date", problems);
            value = held == null ? null : held.toString();
        }
        if (form.version() == null) {
            problems.add("field", "The form was sent without the version of the record it was based on, so it cannot be checked against changes made since. Go back to the record, reload this page and try again.");
        }
        if (problems.isEmpty()) {
            try {
                amendments.amend(id, form.field(), value, form.reason(), form.version(), user, AccessLog.Channel.WEB);
                return "redirect:/strategy-discussions/" + id + "?corrected";
            } catch (ValidationException v) {
                // The service names the new value "value": point it at the box that holds it on this page.
                String valueField = "heldOn".equals(form.field()) ? "heldOn" : "information";
                v.problems().forEach(p -> {
                    if ("field".equals(p.field())) {
                        problems.add("field", "Select what needs correcting");
                    } else {
                        problems.add("value".equals(p.field()) ? valueField : p.field(), p.message());
                    }
                });
            } catch (ConflictException c) {
                // Changed since it was read: shown as it is now, with what was typed, and nothing saved.
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                problems.add("field", c.getMessage());
            }
        }
        StrategyDiscussion d = discussions.open(id, user, AccessLog.Channel.WEB, request.getRequestURI());
        return view.show(d, problems, form, model);
    }
}

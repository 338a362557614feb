package org.opencsc.protection.step;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.opencsc.person.Person;
import org.opencsc.platform.web.Dates;
import org.opencsc.protection.ChildProtectionPlan;
import org.springframework.ui.Model;

/**
 * The page a step's address shows instead of its form when the step has been taken already (the
 * outcome recorded, the conference held, the escalation answered) or cannot be taken now (the
 * plan has ended, the enquiry has no outcome yet): a plain message and what was recorded, with
 * no form to fill in for nothing. A form sent to it anyway is answered with the same page, 409.
 */
public final class StepClosedPage {

    /** One line of what was recorded. */
    public record Row(String key, String value) {
    }

    private StepClosedPage() {
    }

    /** The heading's message for a step that needs an open plan, after the plan has ended. */
    public static String planEnded(ChildProtectionPlan plan, String step) {
        return "This child protection plan ended on " + Dates.govuk(plan.endedOn()) + ": " + step + " only while a plan is open.";
    }

    /** What is recorded of an ended plan. */
    public static List<Row> endedPlan(ChildProtectionPlan plan) {
        return List.of(new Row("Plan", "Child protection plan: " + plan.category().label().toLowerCase()),
                new Row("Started", Dates.govuk(plan.startedOn())),
                new Row("Ended", Dates.govuk(plan.endedOn())));
    }

    /** For a GET: the step's address shows what there is, with 200. */
    public static String show(Model model, Person child, String heading, String message, List<Row> recorded) {
        model.addAttribute("child", child);
        model.addAttribute("heading", heading);
        model.addAttribute("message", message);
        model.addAttribute("recorded", recorded);
        return "protection/step/closed";
    }

    /** For a form sent to a step that is closed: nothing was saved, and the page says why (409). */
    public static String refuse(HttpServletResponse response, Model model, Person child, String heading, String message,
                                List<Row> recorded) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return show(model, child, heading, "Nothing was saved. " + message, recorded);
    }
}

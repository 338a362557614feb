package org.opencsc.protection.strategy;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.frontdoor.Referral;
import org.opencsc.person.Person;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.Dates;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.protection.step.StepClosedPage;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Recording a strategy discussion from the child's open referral. */
@Controller
class StrategyDiscussionPagesController {

    private final StrategyDiscussions discussions;
    private final PersonRepository people;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    StrategyDiscussionPagesController(StrategyDiscussions discussions, PersonRepository people, CurrentUsers currentUsers,
                                      Clock clock) {
        this.discussions = discussions;
        this.people = people;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @ModelAttribute("agencies")
    StrategyAgency[] agencies() {
        return StrategyAgency.values();
    }

    @ModelAttribute("decisions")
    S47Decision[] decisions() {
        return S47Decision.values();
    }

    @GetMapping("/referrals/{referralId}/strategy-discussion")
    String form(@PathVariable long referralId, Model model) {
        Referral referral = recordable(referralId);
        var closed = StrategyDiscussions.closedCase(referral);
        if (closed.isPresent()) {
            return StepClosedPage.show(model, child(referral), HEADING, closed.get(), closedRows(referral));
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("form", new StrategyDiscussionForm(String.valueOf(today.getDayOfMonth()),
                String.valueOf(today.getMonthValue()), String.valueOf(today.getYear()), null, null,
                List.of(), List.of("POLICE", "HEALTH", "EDUCATION", "SOCIAL_CARE"), List.of(), List.of(), List.of(), List.of(),
                null, null));
        return show(referral, new Problems(), model);
    }

    @PostMapping("/referrals/{referralId}/strategy-discussion")
    String record(@PathVariable long referralId, @ModelAttribute("form") StrategyDiscussionForm form, Model model,
                  HttpServletResponse response) {
        Referral referral = recordable(referralId);
        var closed = StrategyDiscussions.closedCase(referral);
        if (closed.isPresent()) {
            return StepClosedPage.refuse(response, model, child(referral), HEADING, closed.get(), closedRows(referral));
        }
        Problems problems = new Problems();
        StrategyDiscussionInput input = form.toInput(referralId, clock, problems);
        if (problems.isEmpty()) {
            try {
                long id = discussions.record(input, currentUsers.current(), AccessLog.Channel.WEB);
                // The next step is each attendee's sign-off, recorded on the discussion's own page.
                return "redirect:/strategy-discussions/" + id + "?recorded";
            } catch (ValidationException e) {
                problems.addAll(e);
            } catch (ConflictException e) {
                // Closed while this form was open: the closure waited for nothing, so it is said here.
                Referral now = discussions.referralForDiscussion(referralId, currentUsers.current(), AccessLog.Channel.WEB,
                        "/referrals/" + referralId + "/strategy-discussion");
                return StepClosedPage.refuse(response, model, child(now), HEADING, e.getMessage(), closedRows(now));
            }
        }
        return show(referral, problems, model);
    }

    private static final String HEADING = "Record a strategy discussion";

    private static List<StepClosedPage.Row> closedRows(Referral referral) {
        return referral.closedOn() == null ? List.of() : List.of(
                new StepClosedPage.Row("Referral", Dates.govuk(referral.referralDate())),
                new StepClosedPage.Row("Case closed", Dates.govuk(referral.closedOn()) + " (" + referral.closureReason() + ")"));
    }

    private Person child(Referral referral) {
        return people.find(referral.personId()).orElseThrow(() -> new NotFoundException("There is no such child"));
    }

    /** The referral, if the user may record a discussion about it (403 otherwise), before the form is shown or read. */
    private Referral recordable(long referralId) {
        return discussions.referralForDiscussion(referralId, currentUsers.current(), AccessLog.Channel.WEB,
                "/referrals/" + referralId + "/strategy-discussion");
    }

    private String show(Referral referral, Problems problems, Model model) {
        Person child = child(referral);
        model.addAttribute("child", child);
        model.addAttribute("referral", referral);
        model.addAttribute("attendeeRows", java.util.stream.IntStream.range(0, StrategyDiscussionForm.ATTENDEE_ROWS).boxed().toList());
        model.addAttribute("actionRows", java.util.stream.IntStream.range(0, StrategyDiscussionForm.ACTION_ROWS).boxed().toList());
        model.addAttribute("errors", problems);
        return "protection/strategy/strategy-discussion";
    }
}

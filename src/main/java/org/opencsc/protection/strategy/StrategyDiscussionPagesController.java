package org.opencsc.protection.strategy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.frontdoor.Referral;
import org.opencsc.person.Person;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.NotFoundException;
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
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("form", new StrategyDiscussionForm(String.valueOf(today.getDayOfMonth()),
                String.valueOf(today.getMonthValue()), String.valueOf(today.getYear()), null, null,
                List.of(), List.of("POLICE", "HEALTH", "EDUCATION", "SOCIAL_CARE"), List.of(), List.of(), List.of(), List.of(),
                null, null));
        return show(referral, new Problems(), model);
    }

    @PostMapping("/referrals/{referralId}/strategy-discussion")
    String record(@PathVariable long referralId, @ModelAttribute("form") StrategyDiscussionForm form, Model model) {
        Referral referral = recordable(referralId);
        Problems problems = new Problems();
        StrategyDiscussionInput input = form.toInput(referralId, clock, problems);
        if (problems.isEmpty()) {
            try {
                long id = discussions.record(input, currentUsers.current(), AccessLog.Channel.WEB);
                // The next step is each attendee's sign-off, recorded on the discussion's own page.
                return "redirect:/strategy-discussions/" + id + "?recorded";
            } catch (ValidationException e) {
                problems.addAll(e);
            }
        }
        return show(referral, problems, model);
    }

    /** The referral, if the user may record a discussion about it (403 otherwise), before the form is shown or read. */
    private Referral recordable(long referralId) {
        return discussions.referralForDiscussion(referralId, currentUsers.current(), AccessLog.Channel.WEB,
                "/referrals/" + referralId + "/strategy-discussion");
    }

    private String show(Referral referral, Problems problems, Model model) {
        Person child = people.find(referral.personId()).orElseThrow(() -> new NotFoundException("There is no such child"));
        model.addAttribute("child", child);
        model.addAttribute("referral", referral);
        model.addAttribute("attendeeRows", java.util.stream.IntStream.range(0, StrategyDiscussionForm.ATTENDEE_ROWS).boxed().toList());
        model.addAttribute("actionRows", java.util.stream.IntStream.range(0, StrategyDiscussionForm.ACTION_ROWS).boxed().toList());
        model.addAttribute("errors", problems);
        return "protection/strategy/strategy-discussion";
    }
}

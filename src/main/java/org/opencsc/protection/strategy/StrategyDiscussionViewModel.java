package org.opencsc.protection.strategy;

import java.time.Clock;
import java.util.List;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.validation.Problems;
import org.opencsc.protection.amendment.AmendmentRow;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the strategy discussion's page, which the sign-off and correction forms re-render on error. */
@Component
class StrategyDiscussionViewModel {

    private static final List<StrategyDiscussionAmendmentForm.FieldOption> FIELDS = List.of(
            new StrategyDiscussionAmendmentForm.FieldOption("heldOn", "The date it was held"),
            new StrategyDiscussionAmendmentForm.FieldOption("information", "The information shared"));

    private final PersonRepository people;
    private final StrategyDiscussionAmendments amendments;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    StrategyDiscussionViewModel(PersonRepository people, StrategyDiscussionAmendments amendments, CurrentUsers currentUsers,
                                Clock clock) {
        this.people = people;
        this.amendments = amendments;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    String show(StrategyDiscussion d, Problems problems, Model model) {
        return show(d, problems, StrategyDiscussionAmendmentForm.startingFrom(d, clock.getZone()), model);
    }

    /** The page with the correction form as typed (after a refused correction). */
    String show(StrategyDiscussion d, Problems problems, StrategyDiscussionAmendmentForm form, Model model) {
        model.addAttribute("discussion", d);
        model.addAttribute("child", people.find(d.personId()).orElseThrow());
        model.addAttribute("canRecord", StrategyDiscussions.canRecord(currentUsers.current().role()));
        model.addAttribute("amendments", amendments.forDiscussion(d.id()).stream().map(AmendmentRow::of).toList());
        model.addAttribute("amendableFields", FIELDS);
        model.addAttribute("amendForm", form);
        model.addAttribute("errors", problems);
        return "protection/strategy/strategy-discussion-view";
    }
}

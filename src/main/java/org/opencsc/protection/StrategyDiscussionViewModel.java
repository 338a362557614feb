package org.opencsc.protection;

import org.opencsc.person.PersonRepository;
import org.opencsc.platform.validation.Problems;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the strategy discussion's page, which the sign-off and correction forms re-render on error. */
@Component
class StrategyDiscussionViewModel {

    private final PersonRepository people;
    private final CurrentUsers currentUsers;

    StrategyDiscussionViewModel(PersonRepository people, CurrentUsers currentUsers) {
        this.people = people;
        this.currentUsers = currentUsers;
    }

    String show(StrategyDiscussion d, Problems problems, Model model) {
        model.addAttribute("discussion", d);
        model.addAttribute("child", people.find(d.personId()).orElseThrow());
        model.addAttribute("canRecord", StrategyDiscussions.canRecord(currentUsers.current().role()));
        model.addAttribute("errors", problems);
        return "protection/strategy-discussion-view";
    }
}

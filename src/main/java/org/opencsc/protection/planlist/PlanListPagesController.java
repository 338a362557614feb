package org.opencsc.protection.planlist;

import java.time.Clock;
import java.time.LocalDate;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The oversight lists of open plans, switched by links (no JavaScript). */
@Controller
class PlanListPagesController {

    private final PlanLists lists;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    PlanListPagesController(PlanLists lists, CurrentUsers currentUsers, Clock clock) {
        this.lists = lists;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/protection/plans")
    String plans(@RequestParam(name = "list", defaultValue = "all") String list, Model model) {
        PlanList which = PlanList.parse(list).orElseThrow(() -> new NotFoundException("There is no plan list " + list));
        model.addAttribute("lists", PlanList.values());
        model.addAttribute("current", which);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("plans", lists.list(which, currentUsers.current()));
        return "protection/planlist/plans";
    }
}

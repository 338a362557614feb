package org.opencsc.workforce;

import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.opencsc.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: a worker's own caseload, or a manager's teams' children. */
@Controller
class MyWorkController {

    private final CurrentUsers currentUsers;
    private final AllocationRepository allocations;

    MyWorkController(CurrentUsers currentUsers, AllocationRepository allocations) {
        this.currentUsers = currentUsers;
        this.allocations = allocations;
    }

    @GetMapping("/")
    String myWork(Model model) {
        CurrentUser user = currentUsers.current();
        boolean manager = user.role().isManager();
        model.addAttribute("manager", manager);
        if (user.role().scope() != Role.Scope.NONE) {
            model.addAttribute("caseload", manager
                    ? allocations.caseload(null, user.visibleTeamIds(), 200)
                    : allocations.caseload(user.id(), java.util.Set.of(), 200));
        }
        return "workforce/my-work";
    }
}

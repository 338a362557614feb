package org.opencsc.performance.web;

import java.util.List;
import org.opencsc.performance.PerformanceAccess;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard page: every figure for a period and teams, each linked to the children behind it. */
@Controller
class DashboardController {

    private final CurrentUsers currentUsers;
    private final Dashboards dashboards;

    DashboardController(CurrentUsers currentUsers, Dashboards dashboards) {
        this.currentUsers = currentUsers;
        this.dashboards = dashboards;
    }

    @GetMapping(PerformanceAccess.DASHBOARD)
    String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @RequestParam(name = "team", required = false) List<String> team, Model model) {
        CurrentUser user = allowed(currentUsers.current());
        dashboards.addTo(model, user, from, to, team, PerformanceAccess.DASHBOARD);
        return "performance/dashboard";
    }

    static CurrentUser allowed(CurrentUser user) {
        if (!PerformanceAccess.canSee(user.role())) {
            throw new AccessDeniedException(PerformanceAccess.refusal());
        }
        return user;
    }
}

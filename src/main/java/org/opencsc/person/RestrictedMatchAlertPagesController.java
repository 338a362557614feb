package org.opencsc.person;

import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** A named manager marks an alert about a restricted record's possible duplicate as checked (from their home page). */
@Controller
class RestrictedMatchAlertPagesController {

    private final RestrictedMatchAlerts alerts;
    private final CurrentUsers currentUsers;

    RestrictedMatchAlertPagesController(RestrictedMatchAlerts alerts, CurrentUsers currentUsers) {
        this.alerts = alerts;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/restricted-match-alerts/{id}/checked")
    String checked(@PathVariable long id) {
        alerts.markChecked(id, currentUsers.current());
        return "redirect:/?alertChecked";
    }
}

package org.opencsc.person;

import java.util.Map;
import org.opencsc.platform.web.ApiController;
import org.opencsc.security.CurrentUsers;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The API side of the alerts: they are listed by {@code GET /api/v1/work/attention}, and marked checked here. */
@ApiController("/api/v1/restricted-match-alerts")
class RestrictedMatchAlertApiController {

    private final RestrictedMatchAlerts alerts;
    private final CurrentUsers currentUsers;

    RestrictedMatchAlertApiController(RestrictedMatchAlerts alerts, CurrentUsers currentUsers) {
        this.alerts = alerts;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/{id}/checked")
    Map<String, Object> checked(@PathVariable long id) {
        alerts.markChecked(id, currentUsers.current());
        return Map.of("id", id, "checked", true);
    }
}

package org.opencsc.workforce;

import java.util.List;
import java.util.Map;
import org.opencsc.platform.web.ApiController;
import org.opencsc.security.CurrentUsers;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * An action's owner marks it done over JSON, at /api/v1 and the doneAction of its "My work" line:
 * /actions/{oversight|decision|supervision}/{id}/done, by where the action was set.
 */
@ApiController("/api/v1/actions")
class OwnedActionsApiController {

    private final Map<String, OwnedActions> byKind;
    private final CurrentUsers currentUsers;

    OwnedActionsApiController(List<OwnedActions> actions, CurrentUsers currentUsers) {
        this.byKind = OwnedActionsController.byKind(actions);
        this.currentUsers = currentUsers;
    }

    // One operation per kind rather than a {kind} path variable: the kinds are few and fixed, and each is then
    // described in the OpenAPI document by itself.

    /** An action set in management oversight: 403 unless the caller owns it; 409 when it is done already. */
    @PostMapping("/oversight/{id}/done")
    OwnedActions.Done oversightDone(@PathVariable long id) {
        return done("oversight", id);
    }

    /** An action following a critical decision: 403 unless the caller owns it; 409 when it is done already. */
    @PostMapping("/decision/{id}/done")
    OwnedActions.Done decisionDone(@PathVariable long id) {
        return done("decision", id);
    }

    /** An action agreed in supervision: 403 unless the caller owns it; 409 when it is done already. */
    @PostMapping("/supervision/{id}/done")
    OwnedActions.Done supervisionDone(@PathVariable long id) {
        return done("supervision", id);
    }

    private OwnedActions.Done done(String kind, long id) {
        return OwnedActionsController.of(byKind, kind, id).markDone(id, currentUsers.current());
    }
}

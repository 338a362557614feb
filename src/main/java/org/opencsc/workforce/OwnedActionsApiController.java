package org.opencsc.workforce;

import java.util.List;
import java.util.Map;
import org.opencsc.platform.web.ApiController;
import org.opencsc.security.CurrentUsers;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * An action's owner marks it done over JSON. {@code kind} is where the action was set
 * (oversight, supervision, decision), as in the doneAction of their "My work" lines.
 */
@ApiController("/api/v1/actions")
class OwnedActionsApiController {

    private final Map<String, OwnedActions> byKind;
    private final CurrentUsers currentUsers;

    OwnedActionsApiController(List<OwnedActions> actions, CurrentUsers currentUsers) {
        this.byKind = OwnedActionsController.byKind(actions);
        this.currentUsers = currentUsers;
    }

    /** 403 unless the caller owns the action; 409 when it is done already. */
    @PostMapping("/{kind}/{id}/done")
    OwnedActions.Done done(@PathVariable String kind, @PathVariable long id) {
        return OwnedActionsController.of(byKind, kind, id).markDone(id, currentUsers.current());
    }
}

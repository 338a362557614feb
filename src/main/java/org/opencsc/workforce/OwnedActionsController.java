package org.opencsc.workforce;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The owner of an action marks it done from their "My work" (the page's button; the API has the same). */
@Controller
class OwnedActionsController {

    private final Map<String, OwnedActions> byKind;
    private final CurrentUsers currentUsers;

    OwnedActionsController(List<OwnedActions> actions, CurrentUsers currentUsers) {
        this.byKind = byKind(actions);
        this.currentUsers = currentUsers;
    }

    static Map<String, OwnedActions> byKind(List<OwnedActions> actions) {
        return actions.stream().collect(Collectors.toMap(OwnedActions::kind, Function.identity()));
    }

    static OwnedActions of(Map<String, OwnedActions> byKind, String kind, long id) {
        OwnedActions actions = byKind.get(kind);
        if (actions == null) {
            throw new NotFoundException("There is no action " + kind + "/" + id);
        }
        return actions;
    }

    @PostMapping("/actions/{kind}/{id}/done")
    String done(@PathVariable String kind, @PathVariable long id) {
        try {
            of(byKind, kind, id).markDone(id, currentUsers.current());
        } catch (ConflictException alreadyDone) {
            // A second click, or a second tab: the action is done, which is what the owner asked for.
        }
        return "redirect:/?actionDone";
    }
}

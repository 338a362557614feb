package org.opencsc.oversight;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ApiController;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Management oversight over JSON: a manager records an entry on a child's record. */
@ApiController("/api/v1/people/{personId}/oversight")
class OversightApiController {

    private final Oversights oversights;
    private final CurrentUsers currentUsers;

    OversightApiController(Oversights oversights, CurrentUsers currentUsers) {
        this.oversights = oversights;
        this.currentUsers = currentUsers;
    }

    record ActionRequest(String action, String ownerUsername, String dueOn) {
    }

    record OversightRequest(String considered, String analysis, List<ActionRequest> actions) {
    }

    static List<ActionInput> actions(List<ActionRequest> requested, Problems problems) {
        List<ActionInput> actions = new ArrayList<>();
        for (ActionRequest a : requested == null ? List.<ActionRequest>of() : requested) {
            actions.add(a == null ? null
                    
                    : ActionInput.of(a.action(), a.ownerUsername(), DateParts.fromIso(a.dueOn(), "actions", "An action's dueOn", problems)));
        }
        return actions;
    }

    @GetMapping("/{id}")
    OversightEntry get(@PathVariable long personId, @PathVariable long id, HttpServletRequest request) {
        OversightEntry entry = oversights.open(id, currentUsers.current(), AccessLog.Channel.API, request.getRequestURI());
        if (entry.personId() != personId) {
            throw new NotFoundException("There is no oversight entry " + id + " on this record");
        }
        return entry;
    }

    @PostMapping
    ResponseEntity<OversightEntry> record(@PathVariable long personId, @RequestBody OversightRequest body, HttpServletRequest request) {
        Problems problems = new Problems();
        List<ActionInput> actions = actions(body.actions(), problems);
        problems.throwIfAny();
        CurrentUser user = currentUsers.current();
        long id = oversights.record(personId, new OversightInput(body.considered(), body.analysis(), actions), user, AccessLog.Channel.API);
        return ResponseEntity.created(URI.create("/api/v1/people/" + personId + "/oversight/" + id))
                .body(oversights.open(id, user, AccessLog.Channel.API, request.getRequestURI()));
    }
}

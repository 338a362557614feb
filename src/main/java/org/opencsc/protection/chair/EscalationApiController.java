package org.opencsc.protection.chair;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.opencsc.platform.web.ApiController;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** A chair's escalation about a plan's progress, and the team manager's response, over JSON. */
@ApiController("/api/v1")
class EscalationApiController {

    private final Escalations escalations;
    private final CurrentUsers currentUsers;

    EscalationApiController(Escalations escalations, CurrentUsers currentUsers) {
        this.escalations = escalations;
        this.currentUsers = currentUsers;
    }

    record EscalationRequest(String concern) {
    }

    record ResponseRequest(String response) {
    }

    @PostMapping("/plans/{planId}/escalations")
    ResponseEntity<Escalation> raise(@PathVariable long planId, @RequestBody EscalationRequest body,
                                     HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        long id = escalations.raise(planId, body.concern(), user, AccessLog.Channel.API);
        return ResponseEntity.created(URI.create("/api/v1/escalations/" + id))
                .body(escalations.find(id, user, AccessLog.Channel.API, request.getRequestURI()));
    }

    @GetMapping("/escalations/{id}")
    Escalation get(@PathVariable long id, HttpServletRequest request) {
        return escalations.find(id, currentUsers.current(), AccessLog.Channel.API, request.getRequestURI());
    }

    @PostMapping("/escalations/{id}/response")
    Escalation respond(@PathVariable long id, @RequestBody ResponseRequest body, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        escalations.respond(id, body.response(), user, AccessLog.Channel.API);
        return escalations.find(id, user, AccessLog.Channel.API, request.getRequestURI());
    }
}

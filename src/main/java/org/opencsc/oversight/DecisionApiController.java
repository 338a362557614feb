package org.opencsc.oversight;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ApiController;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** The decision log over JSON: record a critical decision on a child's record, and list them newest first. */
@ApiController("/api/v1/people/{personId}/decisions")
class DecisionApiController {

    private final Decisions decisions;
    private final CurrentUsers currentUsers;

    DecisionApiController(Decisions decisions, CurrentUsers currentUsers) {
        this.decisions = decisions;
        this.currentUsers = currentUsers;
    }

    record DecisionRequest(String kind, String decision, String why, List<String> alternatives,
                           List<OversightApiController.ActionRequest> actions) {
    }

    @PostMapping
    ResponseEntity<CriticalDecision> record(@PathVariable long personId, @RequestBody DecisionRequest body, HttpServletRequest request) {
        DecisionKind kind = DecisionKind.parse(body.kind()).orElse(null);
        Problems problems = new Problems();
        if (body.kind() != null && kind == null) {
            problems.add("kind", "kind must be one of " + List.of(DecisionKind.values()));
        }
        List<ActionInput> actions = OversightApiController.actions(body.actions(), problems);
        problems.throwIfAny();
        CurrentUser user = currentUsers.current();
        long id = decisions.record(personId, new DecisionInput(kind, body.decision(), body.why(), body.alternatives(), actions), user,
                AccessLog.Channel.API);
        return ResponseEntity.created(URI.create("/api/v1/people/" + personId + "/decisions"))
                .body(decisions.open(id, user, AccessLog.Channel.API, request.getRequestURI()));
    }

    @GetMapping
    List<CriticalDecision> list(@PathVariable long personId, HttpServletRequest request) {
        return decisions.forChild(personId, currentUsers.current(), AccessLog.Channel.API, request.getRequestURI());
    }
}

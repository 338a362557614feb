package org.opencsc.workforce;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.platform.validation.DateParts;
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
import org.springframework.web.bind.annotation.RequestParam;

/** Supervision over JSON: record a session, read one, a worker's history, and whose supervision is due in a team. */
@ApiController("/api/v1")
class SupervisionApiController {

    private final Supervisions supervisions;
    private final CurrentUsers currentUsers;

    SupervisionApiController(Supervisions supervisions, CurrentUsers currentUsers) {
        this.supervisions = supervisions;
        this.currentUsers = currentUsers;
    }

    record ActionRequest(String action, String ownerUsername, String dueOn) {
    }

    record ChildRequest(Long childId, String reflection, String decisions, List<ActionRequest> actions) {
    }

    record SupervisionRequest(Long workerId, String heldOn, String wellbeing, List<ChildRequest> children) {
    }

    @PostMapping("/supervision")
    ResponseEntity<Supervision> record(@RequestBody SupervisionRequest body, HttpServletRequest request) {
        Problems problems = new Problems();
        List<SupervisionInput.ChildDiscussed> children = new ArrayList<>();
        List<ChildRequest> requested = body.children() == null ? List.of() : body.children();
        for (int i = 0; i < requested.size(); i++) {
            ChildRequest c = requested.get(i);
            if (c == null) {
                problems.add("children[" + i + "].childId", "Choose the child discussed");
                continue;
            }
            List<SupervisionInput.Action> actions = new ArrayList<>();
            for (ActionRequest a : c.actions() == null ? List.<ActionRequest>of() : c.actions()) {
                String field = "children[" + i + "].actions";
                actions.add(a == null ? null : SupervisionInput.Action.of(a.action(), a.ownerUsername(),
                        DateParts.fromIso(a.dueOn(), field, "An action's dueOn", problems)));
            }
            children.add(new SupervisionInput.ChildDiscussed(c.childId(), c.reflection(), c.decisions(), actions));
        }
        SupervisionInput in = new SupervisionInput(body.workerId(), DateParts.fromIso(body.heldOn(), "heldOn", "heldOn", problems),
                body.wellbeing(), children);
        problems.throwIfAny();
        CurrentUser user = currentUsers.current();
        long id = supervisions.record(in, user, AccessLog.Channel.API);
        return ResponseEntity.created(URI.create("/api/v1/supervision/" + id))
                .body(supervisions.open(id, user, AccessLog.Channel.API, request.getRequestURI()));
    }

    @GetMapping("/supervision/{id}")
    Supervision get(@PathVariable long id, HttpServletRequest request) {
        return supervisions.open(id, currentUsers.current(), AccessLog.Channel.API, request.getRequestURI());
    }

    /** A team's practitioners and when each is next due supervision; without teamId, the manager's own team. */
    @GetMapping("/supervision/due")
    List<SupervisionStatus> due(@RequestParam(required = false) Long teamId) {
        return supervisions.dueForTeam(currentUsers.current(), teamId);
    }

    record WorkerSupervision(SupervisionStatus status, List<SupervisionSummary> sessions) {
    }

    @GetMapping("/workers/{id}/supervision")
    WorkerSupervision forWorker(@PathVariable long id) {
        CurrentUser user = currentUsers.current();
        return new WorkerSupervision(supervisions.status(id, user), supervisions.history(id, user));
    }
}

package org.opencsc.protection.strategy;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
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

/** Strategy discussions over JSON: record one, read it, and record each party's sign-off. */
@ApiController("/api/v1/strategy-discussions")
class StrategyDiscussionApiController {

    private final StrategyDiscussions discussions;
    private final CurrentUsers currentUsers;

    StrategyDiscussionApiController(StrategyDiscussions discussions, CurrentUsers currentUsers) {
        this.discussions = discussions;
        this.currentUsers = currentUsers;
    }

    record AttendeeRequest(String name, String agency, String role) {
    }

    record ActionRequest(String action, String owner, String dueOn) {
    }

    record DiscussionRequest(Long referralId, String heldAt, String information, List<AttendeeRequest> attendees,
                             List<ActionRequest> actions, String decision, String decisionReason) {
    }

    @PostMapping
    ResponseEntity<StrategyDiscussion> record(@RequestBody DiscussionRequest body, HttpServletRequest request) {
        Problems problems = new Problems();
        Instant held = DateParts.instantFromIso(body.heldAt(), "heldAt", problems);
        List<StrategyDiscussionInput.Attendee> attendees = new ArrayList<>();
        for (AttendeeRequest a : body.attendees() == null ? List.<AttendeeRequest>of() : body.attendees()) {
            if (a == null) {
                problems.add("attendees", "Give each attendee's name and agency");
                continue;
            }
            StrategyAgency agency = a.agency() == null ? null : StrategyAgency.parse(a.agency()).orElse(null);
            if (a.agency() != null && agency == null) {
                problems.add("attendees", "Unknown agency '" + a.agency() + "': use one of " + List.of(StrategyAgency.values()));
            }
            attendees.add(new StrategyDiscussionInput.Attendee(a.name(), agency, a.role()));
        }
        List<StrategyDiscussionInput.Action> actions = new ArrayList<>();
        for (ActionRequest a : body.actions() == null ? List.<ActionRequest>of() : body.actions()) {
            if (a == null) {
                problems.add("actions", "Give each action what is to be done, who will do it and by when");
                continue;
            }
            actions.add(new StrategyDiscussionInput.Action(a.action(), a.owner(),
                    DateParts.fromIso(a.dueOn(), "actions", "An action's dueOn", problems)));
        }
        S47Decision decision = body.decision() == null ? null : S47Decision.parse(body.decision()).orElse(null);
        if (body.decision() != null && decision == null) {
            problems.add("decision", "decision must be START_S47 or NO_S47");
        }
        problems.throwIfAny();
        CurrentUser user = currentUsers.current();
        long id = discussions.record(new StrategyDiscussionInput(body.referralId(), held, body.information(), attendees,
                actions, decision, body.decisionReason()), user, AccessLog.Channel.API);
        return ResponseEntity.created(URI.create("/api/v1/strategy-discussions/" + id))
                .body(discussions.open(id, user, AccessLog.Channel.API, request.getRequestURI()));
    }

    @GetMapping("/{id}")
    StrategyDiscussion get(@PathVariable long id, HttpServletRequest request) {
        return discussions.open(id, currentUsers.current(), AccessLog.Channel.API, request.getRequestURI());
    }

    record SignOffRequest(Integer version) {
    }

    @PostMapping("/{id}/attendees/{attendeeId}/sign-off")
    StrategyDiscussion signOff(@PathVariable long id, @PathVariable long attendeeId, @RequestBody SignOffRequest body,
                               HttpServletRequest request) {
        if (body.version() == null) {
            new Problems().add("version", "Send the version of the discussion you read, so concurrent changes are not lost")
                    .throwIfAny();
        }
        CurrentUser user = currentUsers.current();
        discussions.signOff(id, attendeeId, body.version(), user, AccessLog.Channel.API);
        return discussions.open(id, user, AccessLog.Channel.API, request.getRequestURI());
    }
}

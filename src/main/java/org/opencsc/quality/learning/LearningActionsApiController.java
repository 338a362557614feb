package org.opencsc.quality.learning;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
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

/** Learning actions over JSON: an audit's or a round's (and adding one), the QA team's list, one action, marking it done. */
@ApiController("/api/v1/quality")
class LearningActionsApiController {

    private final LearningActions actions;
    private final CurrentUsers currentUsers;

    LearningActionsApiController(LearningActions actions, CurrentUsers currentUsers) {
        this.actions = actions;
        this.currentUsers = currentUsers;
    }

    /**
     * A learning action to add. level: WORKER, TEAM or SERVICE; ownerUsername: a member of staff
     * (who can open the child's record, for a worker's action from an audit); teamId: required for
     * TEAM, ignored otherwise; dueOn: YYYY-MM-DD, not in the past.
     */
    record ActionRequest(String action, String level, String ownerUsername, Long teamId, String dueOn) {

        LearningActionInput toInput() {
            Problems problems = new Problems();
            LearningLevel parsed = null;
            if (level != null) {
                try {
                    parsed = LearningLevel.valueOf(level);
                } catch (IllegalArgumentException e) {
                    problems.add("level", "level must be WORKER, TEAM or SERVICE");
                }
            }
            LearningActionInput in = new LearningActionInput(action, parsed, ownerUsername, teamId,
                    DateParts.fromIso(dueOn, "dueOn", "dueOn", problems));
            problems.throwIfAny();
            return in;
        }
    }

    /** What changed in practice, and the version of the action read (409 when it has changed since, or is done). */
    record DoneRequest(String evidence, Integer version) {
    }

    @GetMapping("/audits/{id}/learning-actions")
    List<LearningAction> forAudit(@PathVariable long id, HttpServletRequest request) {
        return actions.forAudit(id, currentUsers.current(), AccessLog.Channel.API, request.getRequestURI()).actions();
    }

    @PostMapping("/audits/{id}/learning-actions")
    ResponseEntity<LearningAction> addToAudit(@PathVariable long id, @RequestBody ActionRequest body, HttpServletRequest request) {
        LearningActionInput in = body.toInput();
        CurrentUser user = currentUsers.current();
        long created = actions.addToAudit(id, in, user, AccessLog.Channel.API, request.getRequestURI());
        return created(created, user, request);
    }

    @GetMapping("/rounds/{id}/learning-actions")
    List<LearningAction> forRound(@PathVariable long id) {
        return actions.forRound(id, currentUsers.current()).actions();
    }

    @PostMapping("/rounds/{id}/learning-actions")
    ResponseEntity<LearningAction> addToRound(@PathVariable long id, @RequestBody ActionRequest body, HttpServletRequest request) {
        LearningActionInput in = body.toInput();
        CurrentUser user = currentUsers.current();
        return created(actions.addToRound(id, in, user), user, request);
    }

    /** The QA team's list: show=open (the default), overdue, done or all; each action's overdue flag says whether it is late. */
    @GetMapping("/learning-actions")
    List<LearningAction> list(@RequestParam(required = false) String show) {
        return actions.list(show(show), currentUsers.current());
    }

    @GetMapping("/learning-actions/{id}")
    LearningAction get(@PathVariable long id, HttpServletRequest request) {
        return actions.open(id, currentUsers.current(), AccessLog.Channel.API, request.getRequestURI());
    }

    /** The owner or the QA team marks it done with evidence: 403 for anyone else; 409 when stale or done already. */
    @PostMapping("/learning-actions/{id}/done")
    LearningAction done(@PathVariable long id, @RequestBody DoneRequest body, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        actions.complete(id, body.evidence(), body.version(), user, AccessLog.Channel.API, request.getRequestURI());
        return actions.open(id, user, AccessLog.Channel.API, request.getRequestURI());
    }

    private ResponseEntity<LearningAction> created(long id, CurrentUser user, HttpServletRequest request) {
        return ResponseEntity.created(URI.create("/api/v1/quality/learning-actions/" + id))
                .body(actions.open(id, user, AccessLog.Channel.API, request.getRequestURI()));
    }

    /** Which actions a list shows; anything unknown is refused rather than read as "open". */
    static LearningActionRepository.Show show(String show) {
        if (show == null || show.isBlank()) {
            return LearningActionRepository.Show.OPEN;
        }
        try {
            return LearningActionRepository.Show.valueOf(show.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            Problems problems = new Problems().add("show", "show must be open, overdue, done or all");
            problems.throwIfAny();
            throw e;
        }
    }
}

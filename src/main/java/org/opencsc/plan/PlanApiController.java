package org.opencsc.plan;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Outcome-focused plans over JSON, under /api/v1/child-plans: /api/v1/plans already lists and
 * serves the child protection plan records (whose ids are a different series).
 */
@ApiController("/api/v1")
class PlanApiController {

    private static final AccessLog.Channel API = AccessLog.Channel.API;

    private final ChildPlans plans;
    private final PlanReviews reviews;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    PlanApiController(ChildPlans plans, PlanReviews reviews, CurrentUsers currentUsers, Clock clock) {
        this.plans = plans;
        this.reviews = reviews;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /**
     * {@code siblingIds}: siblings (person ids) whose child in need plans start with this one,
     * sharing the family's contingency written once for them all (optional; CIN plans only).
     */
    record StartRequest(String kind, String startedOn, List<Long> siblingIds) {
    }

    /**
     * In a sibling group's plan the {@code contingency} is the family's, shared by the group: a
     * change to it needs {@code familyVersion} (the one read); a stale one refuses the whole PUT.
     */
    record ContentRequest(Integer version, Integer familyVersion, List<PlanContent.Need> needs, String childView,
                          String contingency) {
    }

    record ReviewRequest(String kind, Long coreGroupId, Long conferenceId, String heldOn, String attendance,
                         Map<String, Integer> scores, Map<String, String> actionsDone, String decision) {
    }

    @PostMapping("/people/{personId}/child-plans")
    ResponseEntity<Map<String, Object>> start(@PathVariable long personId, @RequestBody StartRequest body,
                                              HttpServletRequest request) {
        Problems problems = new Problems();
        PlanKind kind = parse(PlanKind.class, body.kind(), "kind", problems);
        LocalDate started = DateParts.fromIso(body.startedOn(), "startedOn", "startedOn", problems);
        problems.throwIfAny();
        CurrentUser user = currentUsers.current();
        long id = plans.start(personId, kind, started, body.siblingIds() == null ? List.of() : body.siblingIds(), user, API);
        return ResponseEntity.created(URI.create("/api/v1/child-plans/" + id + "/content"))
                .body(content(plans.open(id, user, API, request.getRequestURI())));
    }

    /** The child's plans, newest first: a child protection plan's content is here from the conference that decided it. */
    @GetMapping("/people/{personId}/child-plans")
    List<Map<String, Object>> list(@PathVariable long personId, HttpServletRequest request) {
        return plans.listFor(personId, currentUsers.current(), API, request.getRequestURI()).stream().map(PlanApiController::summary)
                .toList();
    }

    @GetMapping("/child-plans/{planId}/content")
    Map<String, Object> content(@PathVariable long planId, HttpServletRequest request) {
        return content(plans.open(planId, currentUsers.current(), API, request.getRequestURI()));
    }

    @PutMapping("/child-plans/{planId}/content")
    Map<String, Object> save(@PathVariable long planId, @RequestBody ContentRequest body, HttpServletRequest request) {
        if (body.version() == null) {
            new Problems().add("version", "Send the draftVersion you read, so that changes made since are not overwritten")
                    .throwIfAny();
        }
        CurrentUser user = currentUsers.current();
        plans.saveDraft(planId, new PlanContent(body.needs(), body.childView(), body.contingency()), body.version(),
                body.familyVersion(), user, API);
        return content(plans.open(planId, user, API, request.getRequestURI()));
    }

    @PostMapping("/child-plans/{planId}/check")
    Map<String, Object> check(@PathVariable long planId, HttpServletRequest request) {
        List<QualityIssue> issues = plans.check(planId, currentUsers.current(), API, request.getRequestURI());
        return Map.of("ready", issues.isEmpty(), "issues", issues);
    }

    /**
     * The draftVersion the client read, so that a draft changed since is not finalised unseen
     * (409); in a sibling group, {@code familyVersion} (optional) likewise for the family's contingency.
     */
    record FinaliseRequest(Integer version, Integer familyVersion) {
    }

    @PostMapping("/child-plans/{planId}/finalise")
    ResponseEntity<PlanVersion> finalise(@PathVariable long planId, @RequestBody FinaliseRequest body) {
        if (body.version() == null) {
            new Problems().add("version", "Send the draftVersion you read, so that changes made since are not finalised unseen")
                    .throwIfAny();
        }
        PlanVersion version = plans.finalise(planId, body.version(), body.familyVersion(), currentUsers.current(), API);
        return ResponseEntity.created(URI.create("/api/v1/child-plans/" + planId + "/versions/" + version.number())).body(version);
    }

    @GetMapping("/child-plans/{planId}/versions")
    List<PlanVersion> versions(@PathVariable long planId, HttpServletRequest request) {
        return plans.versions(planId, currentUsers.current(), API, request.getRequestURI());
    }

    @GetMapping("/child-plans/{planId}/versions/{number}")
    PlanVersion version(@PathVariable long planId, @PathVariable int number, HttpServletRequest request) {
        return plans.version(planId, number, currentUsers.current(), API, request.getRequestURI());
    }

    @PostMapping("/child-plans/{planId}/reviews")
    ResponseEntity<Map<String, Object>> review(@PathVariable long planId, @RequestBody ReviewRequest body,
                                               HttpServletRequest request) {
        Problems problems = new Problems();
        ReviewKind kind = parse(ReviewKind.class, body.kind(), "kind", problems);
        LocalDate held = DateParts.fromIso(body.heldOn(), "heldOn", "heldOn", problems);
        Map<String, LocalDate> done = new LinkedHashMap<>();
        if (body.actionsDone() != null) {
            body.actionsDone().forEach((id, on) -> done.put(id,
                    DateParts.fromIso(on, "actionsDone." + id, "The date action " + id + " was done", problems)));
        }
        problems.throwIfAny();
        CurrentUser user = currentUsers.current();
        long id = reviews.record(planId, new ReviewInput(kind, body.coreGroupId(), body.conferenceId(), held, body.attendance(),
                body.scores(), done, body.decision()), user, API);
        return ResponseEntity.created(URI.create("/api/v1/child-plans/" + planId + "/reviews/" + id))
                .body(Map.of("reviewId", id, "progress", reviews.progress(planId, user, API, request.getRequestURI())));
    }

    @GetMapping("/child-plans/{planId}/reviews")
    List<PlanReview> reviews(@PathVariable long planId, HttpServletRequest request) {
        return reviews.reviews(planId, currentUsers.current(), API, request.getRequestURI());
    }

    @GetMapping("/child-plans/{planId}/progress")
    List<OutcomeProgress> progress(@PathVariable long planId, HttpServletRequest request) {
        return reviews.progress(planId, currentUsers.current(), API, request.getRequestURI());
    }

    /** A plan as the API names it, in the list and at the head of its content. */
    private static Map<String, Object> summary(ChildPlan p) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("id", p.id());
        plan.put("personId", p.personId());
        plan.put("kind", p.kind());
        plan.put("cpPlanId", p.cpPlanId());
        plan.put("startedOn", p.startedOn());
        plan.put("status", p.status());
        plan.put("draftVersion", p.draftVersion());
        plan.put("latestVersion", p.latestVersion());
        return plan;
    }

    /**
     * The sibling group's shared part, null for a plan of one child: the family's contingency as
     * it is now (a finalised version keeps its own copy), its version for the next change, and
     * the group's other plans, each only an id where the reader may not open the sibling.
     */
    private Map<String, Object> family(PlanState state, CurrentUser user) {
        if (state.family() == null) {
            return null;
        }
        Map<String, Object> family = new LinkedHashMap<>();
        family.put("id", state.family().id());
        family.put("familyVersion", state.family().version());
        family.put("contingency", state.family().contingency());
        family.put("note", "The family’s contingency is written once for the sibling group and shown on each child’s plan");
        family.put("siblingPlans", plans.siblingPlans(state.plan(), user));
        return family;
    }

    private Map<String, Object> content(PlanState state) {
        return content(state, currentUsers.current());
    }

    private Map<String, Object> content(PlanState state, CurrentUser user) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("plan", summary(state.plan()));
        result.put("draft", state.draft());
        result.put("latest", state.latest());
        result.put("issues", PlanQuality.check(state.content()));
        result.put("familyPlan", family(state, user));
        LocalDate today = LocalDate.now(clock);
        // Each action as it stands now: done (in the plan or at a review), overdue or open.
        result.put("actions", state.content().actions().stream().map(a -> {
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("id", a.id());
            action.put("what", a.what());
            action.put("owner", a.owner());
            action.put("dueOn", a.dueOn());
            action.put("doneOn", a.doneOn());
            action.put("status", a.status(today));
            return action;
        }).toList());
        return result;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String field, Problems problems) {
        if (DateParts.isBlank(text)) {
            problems.add(field, "Enter the " + field + ": one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            problems.add(field, "‘" + text + "’ is not a " + field + ": use one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }
}

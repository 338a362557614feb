package org.opencsc.legal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalTime;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Legal planning meetings and pre-proceedings over JSON. */
@ApiController("/api/v1/people/{personId}")
class LegalApiController {

    private final LegalPlanningMeetings meetings;
    private final PreProceedingsSteps steps;
    private final CurrentUsers currentUsers;

    LegalApiController(LegalPlanningMeetings meetings, PreProceedingsSteps steps, CurrentUsers currentUsers) {
        this.meetings = meetings;
        this.steps = steps;
        this.currentUsers = currentUsers;
    }

    record LegalPlanningMeetingRequest(LocalDate heldOn, String socialWorker, String manager, String legalAdviser,
                                       String othersPresent, String thresholdDiscussion, String decision, String reasons,
                                       List<String> alternatives, List<Long> siblings) {
    }

    record Recorded(long meetingId, List<PreProceedingsSummary> preProceedings) {
    }

    @Operation(summary = "Records a legal planning meeting; entering pre-proceedings opens one for each child with its 16-week aim")
    @PostMapping("/legal-planning-meetings")
    ResponseEntity<Recorded> record(@PathVariable long personId, @RequestBody LegalPlanningMeetingRequest body,
                                    HttpServletRequest request) {
        LegalPlanningDecision decision = LegalPlanningDecision.parse(body.decision()).orElse(null);
        Problems problems = new Problems();
        if (body.decision() != null && decision == null) {
            problems.add("decision", "decision must be one of " + List.of(LegalPlanningDecision.values()));
        }
        problems.throwIfAny();
        CurrentUser user = currentUsers.current();
        long id = meetings.record(personId, new LegalPlanningMeetingInput(body.heldOn(), body.socialWorker(), body.manager(),
                body.legalAdviser(), body.othersPresent(), body.thresholdDiscussion(), decision, body.reasons(), body.alternatives(),
                body.siblings()), user, AccessLog.Channel.API);
        List<PreProceedingsSummary> opened = meetings.preProceedings(personId, user, AccessLog.Channel.API, request.getRequestURI())
                .stream().filter(p -> p.meetingId() == id).toList();
        return ResponseEntity.created(URI.create("/api/v1/people/" + personId + "/pre-proceedings")).body(new Recorded(id, opened));
    }

    @Operation(summary = "The child's pre-proceedings, newest first")
    @GetMapping("/pre-proceedings")
    List<PreProceedingsSummary> preProceedings(@PathVariable long personId, HttpServletRequest request) {
        return meetings.preProceedings(personId, currentUsers.current(), AccessLog.Channel.API, request.getRequestURI());
    }

    @Operation(summary = "One of the child's pre-proceedings with its meetings, extensions, weeks elapsed and version")
    @GetMapping("/pre-proceedings/{preProceedingsId}")
    PreProceedingsView onePreProceedings(@PathVariable long personId, @PathVariable long preProceedingsId, HttpServletRequest request) {
        return meetings.openPreProceedings(personId, preProceedingsId, currentUsers.current(), AccessLog.Channel.API,
                request.getRequestURI());
    }

    record MeetingRequest(@Schema(description = "INITIAL (the pre-proceedings meeting) or REVIEW") String kind,
                          LocalDate plannedOn,
                          @Schema(description = "The time, HH:mm (optional)", example = "10:30") LocalTime plannedAt,
                          String place,
                          @Schema(description = "The pre-proceedings version you last read (optional here; 409 when stale)") Integer version) {
    }

    @Operation(summary = "Plans the pre-proceedings meeting or a review",
            description = "400 naming the field: a second initial meeting, a review before the initial one is planned or not after "
                    + "it, a date before the start, or pre-proceedings that have ended. 409 when version is stale.")
    @PostMapping("/pre-proceedings/{preProceedingsId}/meetings")
    ResponseEntity<PreProceedingsView> planMeeting(@PathVariable long personId, @PathVariable long preProceedingsId,
                                                   @RequestBody MeetingRequest body, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        steps.planMeeting(personId, preProceedingsId, new PreProceedingsSteps.MeetingPlan(body.kind(), body.plannedOn(), body.plannedAt(),
                body.place()), body.version(), user, AccessLog.Channel.API);
        return ResponseEntity.created(URI.create(path(personId, preProceedingsId))).body(view(personId, preProceedingsId, request));
    }

    record MeetingHeldRequest(LocalDate heldOn, @Schema(description = "Who attended") String attendance, String summary,
                              @Schema(description = "The pre-proceedings version you last read (required; 409 when stale)") Integer version) {
    }

    @Operation(summary = "Records a planned pre-proceedings meeting or review as held",
            description = "400 naming the field: a date in the future or before the start, a review held before or without the "
                    + "pre-proceedings meeting being held, a meeting already held, pre-proceedings that have ended. 409 when stale.")
    @PostMapping("/pre-proceedings/{preProceedingsId}/meetings/{meetingId}/held")
    PreProceedingsView meetingHeld(@PathVariable long personId, @PathVariable long preProceedingsId, @PathVariable long meetingId,
                                   @RequestBody MeetingHeldRequest body, HttpServletRequest request) {
        requireVersion(body.version());
        steps.recordMeetingHeld(personId, preProceedingsId, new PreProceedingsSteps.MeetingHeld(meetingId, body.heldOn(),
                body.attendance(), body.summary()), body.version(), currentUsers.current(), AccessLog.Channel.API);
        return view(personId, preProceedingsId, request);
    }

    record FgdmRequest(@Schema(description = "Family group decision making offered on (required)") LocalDate offeredOn,
                       @Schema(description = "Held on (optional)") LocalDate heldOn,
                       @Schema(description = "The pre-proceedings version you last read (required; 409 when stale)") Integer version) {
    }

    @Operation(summary = "Records when family group decision making was offered and held",
            description = "400 naming fgdmOfferedOn or fgdmHeldOn: a date in the future or before the start, held before offered. "
                    + "409 when stale.")
    @PutMapping("/pre-proceedings/{preProceedingsId}/fgdm")
    PreProceedingsView fgdm(@PathVariable long personId, @PathVariable long preProceedingsId, @RequestBody FgdmRequest body,
                            HttpServletRequest request) {
        requireVersion(body.version());
        steps.recordFgdm(personId, preProceedingsId, new PreProceedingsSteps.Fgdm(body.offeredOn(), body.heldOn()), body.version(),
                currentUsers.current(), AccessLog.Channel.API);
        return view(personId, preProceedingsId, request);
    }

    record ExtensionRequest(LocalDate newAimOn, String reason,
                            @Schema(description = "The pre-proceedings version you last read (required; 409 when stale)") Integer version) {
    }

    @Operation(summary = "Extends the aim with a reason (team manager or legal adviser)",
            description = "400 naming newAimOn when it is not after the current aim, or reason when blank. 409 when stale.")
    @PostMapping("/pre-proceedings/{preProceedingsId}/extensions")
    ResponseEntity<PreProceedingsView> extend(@PathVariable long personId, @PathVariable long preProceedingsId,
                                              @RequestBody ExtensionRequest body, HttpServletRequest request) {
        requireVersion(body.version());
        steps.extend(personId, preProceedingsId, new PreProceedingsSteps.Extension(body.newAimOn(), body.reason()), body.version(),
                currentUsers.current(), AccessLog.Channel.API);
        return ResponseEntity.created(URI.create(path(personId, preProceedingsId))).body(view(personId, preProceedingsId, request));
    }

    record StepDecisionRequest(LocalDate decidedOn,
                               @Schema(description = "STEP_DOWN_CP, STEP_DOWN_CIN or ISSUE_PROCEEDINGS") String outcome,
                               String reasons,
                               @Schema(description = "At least one alternative weighed, for the decision log") List<String> alternatives,
                               @Schema(description = "Required when issuing proceedings, and only then") LocalDate courtApplicationOn,
                               @Schema(description = "The letter telling the parents of the application (only when issuing)")
                               LocalDate issueLetterSentOn,
                               @Schema(description = "The pre-proceedings version you last read (required; 409 when stale)") Integer version) {
    }

    @Operation(summary = "Records the step decision that ends pre-proceedings (team manager or legal adviser), with a decision log entry",
            description = "400 naming the field: a date in the future, before the start or before the pre-proceedings meeting was "
                    + "held; a court date unless issuing or before the decision; pre-proceedings that have ended. 409 when stale.")
    @PostMapping("/pre-proceedings/{preProceedingsId}/step-decision")
    PreProceedingsView decideStep(@PathVariable long personId, @PathVariable long preProceedingsId,
                                  @RequestBody StepDecisionRequest body, HttpServletRequest request) {
        PreProceedingsOutcome outcome = PreProceedingsOutcome.parse(body.outcome()).orElse(null);
        Problems problems = new Problems();
        if (body.outcome() != null && outcome == null) {
            problems.add("outcome", "outcome must be one of " + List.of(PreProceedingsOutcome.values()));
        }
        if (body.version() == null) {
            problems.add("version", "Send the version of the pre-proceedings you last read");
        }
        problems.throwIfAny();
        steps.decideStep(personId, preProceedingsId, new PreProceedingsSteps.StepDecision(body.decidedOn(), outcome, body.reasons(),
                body.alternatives(), body.courtApplicationOn(), body.issueLetterSentOn()), body.version(), currentUsers.current(),
                AccessLog.Channel.API);
        return view(personId, preProceedingsId, request);
    }

    private PreProceedingsView view(long personId, long ppId, HttpServletRequest request) {
        return meetings.openPreProceedings(personId, ppId, currentUsers.current(), AccessLog.Channel.API, request.getRequestURI());
    }

    private static String path(long personId, long ppId) {
        return "/api/v1/people/" + personId + "/pre-proceedings/" + ppId;
    }

    private static void requireVersion(Integer version) {
        if (version == null) {
            new Problems().add("version", "Send the version of the pre-proceedings you last read").throwIfAny();
        }
    }
}

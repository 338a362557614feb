package org.opencsc.legal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
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

/** Legal planning meetings and pre-proceedings over JSON. */
@ApiController("/api/v1/people/{personId}")
class LegalApiController {

    private final LegalPlanningMeetings meetings;
    private final CurrentUsers currentUsers;

    LegalApiController(LegalPlanningMeetings meetings, CurrentUsers currentUsers) {
        this.meetings = meetings;
        this.currentUsers = currentUsers;
    }

    record LegalPlanningMeetingRequest(LocalDate heldOn, String socialWorker, String manager, String legalAdviser,
                                       String othersPresent, String thresholdDiscussion, String decision, String reasons,
                                       List<String> alternatives, List<Long> siblings) {
    }

    record Recorded(long meetingId, List<PreProceedingsSummary> preProceedings) {
    }

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

    @GetMapping("/pre-proceedings")
    List<PreProceedingsSummary> preProceedings(@PathVariable long personId, HttpServletRequest request) {
        return meetings.preProceedings(personId, currentUsers.current(), AccessLog.Channel.API, request.getRequestURI());
    }

    record MeetingRequest(String kind, LocalDate plannedOn, String place) {
    }

    @PostMapping("/pre-proceedings/{preProceedingsId}/meetings")
    ResponseEntity<PreProceedingsView> planMeeting(@PathVariable long personId, @PathVariable long preProceedingsId,
                                                   @RequestBody MeetingRequest body, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        meetings.planMeeting(personId, preProceedingsId, body.kind(), body.plannedOn(), body.place(), user, AccessLog.Channel.API);
        return ResponseEntity.created(URI.create("/api/v1/people/" + personId + "/pre-proceedings"))
                .body(meetings.openPreProceedings(personId, preProceedingsId, user, AccessLog.Channel.API, request.getRequestURI()));
    }
}

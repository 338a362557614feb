package org.opencsc.quality.observation;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ApiController;
import org.opencsc.quality.Grade;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Practice observations over JSON. */
@ApiController("/api/v1/quality/observations")
class ObservationApiController {

    private final Observations observations;
    private final CurrentUsers currentUsers;

    ObservationApiController(Observations observations, CurrentUsers currentUsers) {
        this.observations = observations;
        this.currentUsers = currentUsers;
    }

    /**
     * observedOn: YYYY-MM-DD, not in the future; setting: HOME_VISIT, CP_CONFERENCE, CORE_GROUP, DIRECT_WORK,
     * FAMILY_MEETING or OTHER; grade (optional): OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT or INADEQUATE; personId
     * (optional): the child the practice was with.
     */
    record ObservationRequest(Long workerId, String observedOn, String setting, Long personId, String strengths, String toDevelop,
                              String grade) {

        ObservationInput toInput() {
            Problems problems = new Problems();
            ObservationSetting s = null;
            if (setting != null) {
                try {
                    s = ObservationSetting.valueOf(setting);
                } catch (IllegalArgumentException e) {
                    problems.add("setting", "setting must be one of HOME_VISIT, CP_CONFERENCE, CORE_GROUP, DIRECT_WORK, FAMILY_MEETING, OTHER");
                }
            }
            Grade g = null;
            if (grade != null) {
                try {
                    g = Grade.valueOf(grade);
                } catch (IllegalArgumentException e) {
                    problems.add("grade", "grade must be OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT or INADEQUATE");
                }
            }
            ObservationInput in = new ObservationInput(workerId, DateParts.fromIso(observedOn, "observedOn", "observedOn", problems), s,
                    personId, strengths, toDevelop, g);
            problems.throwIfAny();
            return in;
        }
    }

    /** The worker's reflection, and the version of the observation read (409 when it has changed since). */
    record ReflectionRequest(String reflection, Integer version) {
    }

    /** A worker's observations, newest first. */
    @GetMapping
    List<PracticeObservation> list(@RequestParam long workerId) {
        return observations.forWorker(workerId, currentUsers.current());
    }

    @PostMapping
    ResponseEntity<PracticeObservation> record(@RequestBody ObservationRequest body, HttpServletRequest request) {
        ObservationInput in = body.toInput();
        CurrentUser user = currentUsers.current();
        long id = observations.record(in, user, AccessLog.Channel.API, request.getRequestURI());
        return ResponseEntity.created(URI.create("/api/v1/quality/observations/" + id))
                .body(observations.open(id, user, AccessLog.Channel.API, request.getRequestURI()));
    }

    @GetMapping("/{id}")
    PracticeObservation get(@PathVariable long id, HttpServletRequest request) {
        return observations.open(id, currentUsers.current(), AccessLog.Channel.API, request.getRequestURI());
    }

    /** Only the worker observed writes it: 403 for anyone else. */
    @PutMapping("/{id}/reflection")
    PracticeObservation reflect(@PathVariable long id, @RequestBody ReflectionRequest body, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        observations.reflect(id, body.reflection(), body.version(), user);
        return observations.open(id, user, AccessLog.Channel.API, request.getRequestURI());
    }
}

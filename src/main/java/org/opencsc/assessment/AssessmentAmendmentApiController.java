package org.opencsc.assessment;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.opencsc.chronology.Amendment;
import org.opencsc.platform.web.ApiController;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Corrections to an authorised single assessment over JSON; the answer lists every correction, oldest first. */
@ApiController("/api/v1/assessments")
class AssessmentAmendmentApiController {

    private final AssessmentAmendments amendments;
    private final SingleAssessments assessments;
    private final CurrentUsers currentUsers;

    AssessmentAmendmentApiController(AssessmentAmendments amendments, SingleAssessments assessments, CurrentUsers currentUsers) {
        this.amendments = amendments;
        this.assessments = assessments;
        this.currentUsers = currentUsers;
    }

    /**
     * {@code field} is a section ("analysis"), "outcomeReasons" or "factors" (value: CIN codes separated by
     * commas, "16A, 3B"); {@code version} is the assessment's version as read.
     */
    record AmendmentRequest(String field, String value, String reason, Integer version) {
    }

    @PostMapping("/{id}/amendments")
    List<Amendment> amend(@PathVariable long id, @RequestBody AmendmentRequest body, HttpServletRequest request) {
        amendments.amend(id, body.field(), body.value(), body.reason(), body.version(), currentUsers.current(),
                AccessLog.Channel.API);
        return list(id, request);
    }

    @GetMapping("/{id}/amendments")
    List<Amendment> list(@PathVariable long id, HttpServletRequest request) {
        assessments.open(id, currentUsers.current(), AccessLog.Channel.API, request.getRequestURI());
        return amendments.forAssessment(id);
    }
}

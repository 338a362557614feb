package org.opencsc.protection.enquiry;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ApiController;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Section 47 enquiries over JSON: read one, record its outcome. */
@ApiController("/api/v1/s47-enquiries")
class S47EnquiryApiController {

    private final S47Enquiries enquiries;
    private final CurrentUsers currentUsers;

    S47EnquiryApiController(S47Enquiries enquiries, CurrentUsers currentUsers) {
        this.enquiries = enquiries;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/{id}")
    S47Enquiry get(@PathVariable long id, HttpServletRequest request) {
        return enquiries.open(id, currentUsers.current(), AccessLog.Channel.API, request.getRequestURI());
    }

    record OutcomeRequest(Integer version, String outcome, String outcomeReason, String completedOn) {
    }

    @PostMapping("/{id}/outcome")
    S47Enquiry outcome(@PathVariable long id, @RequestBody OutcomeRequest body, HttpServletRequest request) {
        Problems problems = new Problems();
        if (body.version() == null) {
            problems.add("version", "Send the version of the enquiry you read, so concurrent changes are not lost");
        }
        S47Outcome outcome = body.outcome() == null ? null : S47Outcome.parse(body.outcome()).orElse(null);
        if (body.outcome() != null && outcome == null) {
            problems.add("outcome", "outcome must be one of ICPC_REQUIRED, SUBSTANTIATED_NO_ICPC, CONCERNS_NOT_SUBSTANTIATED");
        }
        LocalDate completed = DateParts.fromIso(body.completedOn(), "completedOn", "completedOn", problems);
        problems.throwIfAny();
        CurrentUser user = currentUsers.current();
        enquiries.complete(id, body.version(), outcome, body.outcomeReason(), completed, user, AccessLog.Channel.API);
        return enquiries.open(id, user, AccessLog.Channel.API, request.getRequestURI());
    }
}

package org.opencsc.protection.conference;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ApiController;
import org.opencsc.protection.AbuseCategory;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Review child protection conferences over JSON: the plan continues (perhaps recategorised) or ends. */
@ApiController("/api/v1/conferences")
class ReviewConferenceApiController {

    private final ReviewConferences reviews;
    private final CurrentUsers currentUsers;

    ReviewConferenceApiController(ReviewConferences reviews, CurrentUsers currentUsers) {
        this.reviews = reviews;
        this.currentUsers = currentUsers;
    }

    /** {@code attendees} may be left out when {@code invitees} say who attended. */
    record ReviewRequest(Long planId, String heldOn, String startsAt, String chair, String attendees,
                         List<ConferenceMeeting.InviteeRequest> invitees, String childViews, String decision,
                         String category, String reasons) {
    }

    @PostMapping("/review")
    ResponseEntity<Map<String, Object>> review(@RequestBody ReviewRequest body, HttpServletRequest request) {
        Problems problems = new Problems();
        LocalDate held = DateParts.fromIso(body.heldOn(), "heldOn", "heldOn", problems);
        ConferenceMeeting meeting = ConferenceMeeting.fromApi(body.startsAt(), body.invitees(), problems);
        ReviewDecision decision = body.decision() == null ? null : ReviewDecision.parse(body.decision()).orElse(null);
        if (body.decision() != null && decision == null) {
            problems.add("decision", "decision must be CONTINUE_PLAN or END_PLAN");
        }
        AbuseCategory category = body.category() == null ? null : AbuseCategory.parse(body.category()).orElse(null);
        if (body.category() != null && category == null) {
            problems.add("category", "category must be one of NEG, PHY, EMO, SAB, MUL");
        }
        problems.throwIfAny();
        CurrentUser user = currentUsers.current();
        long id = reviews.record(new ReviewConferenceInput(body.planId(), held, body.chair(), body.attendees(),
                body.childViews(), decision, category, body.reasons(), meeting), user, AccessLog.Channel.API);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("conferenceId", id);
        result.put("plan", reviews.plan(body.planId(), user, AccessLog.Channel.API, request.getRequestURI()));
        return ResponseEntity.created(URI.create("/api/v1/conferences/" + id)).body(result);
    }
}

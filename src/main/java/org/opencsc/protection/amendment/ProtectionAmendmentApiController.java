package org.opencsc.protection.amendment;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.opencsc.chronology.Amendment;
import org.opencsc.platform.web.ApiController;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.protection.conference.ConferenceAmendments;
import org.opencsc.protection.conference.ConferenceRepository;
import org.opencsc.protection.strategy.StrategyDiscussionAmendments;
import org.opencsc.protection.strategy.StrategyDiscussions;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Corrections to strategy discussions and initial conferences over JSON. Nothing is deleted:
 * each correction keeps the old value, and the answer lists every correction to the record.
 */
@ApiController("/api/v1")
class ProtectionAmendmentApiController {

    private final StrategyDiscussionAmendments discussionAmendments;
    private final ConferenceAmendments conferenceAmendments;
    private final StrategyDiscussions discussions;
    private final ConferenceRepository conferences;
    private final AccessPolicy access;
    private final CurrentUsers currentUsers;

    ProtectionAmendmentApiController(StrategyDiscussionAmendments discussionAmendments, ConferenceAmendments conferenceAmendments,
                                     StrategyDiscussions discussions, ConferenceRepository conferences, AccessPolicy access,
                                     CurrentUsers currentUsers) {
        this.discussionAmendments = discussionAmendments;
        this.conferenceAmendments = conferenceAmendments;
        this.discussions = discussions;
        this.conferences = conferences;
        this.access = access;
        this.currentUsers = currentUsers;
    }

    /**
     * {@code value} is YYYY-MM-DD for heldOn, text otherwise. {@code version} (optional) refuses a correction to a
     * discussion changed since it was read; conferences have no version yet, so it is ignored for them.
     */
    record AmendmentRequest(String field, String value, String reason, Integer version) {
    }

    @PostMapping("/strategy-discussions/{id}/amendments")
    List<Amendment> amendDiscussion(@PathVariable long id, @RequestBody AmendmentRequest body, HttpServletRequest request) {
        discussionAmendments.amend(id, body.field(), body.value(), body.reason(), body.version(), currentUsers.current(),
                AccessLog.Channel.API);
        return discussionAmendments(id, request);
    }

    @GetMapping("/strategy-discussions/{id}/amendments")
    List<Amendment> discussionAmendments(@PathVariable long id, HttpServletRequest request) {
        discussions.open(id, currentUsers.current(), AccessLog.Channel.API, request.getRequestURI());
        return discussionAmendments.forDiscussion(id);
    }

    @PostMapping("/conferences/{id}/amendments")
    List<Amendment> amendConference(@PathVariable long id, @RequestBody AmendmentRequest body, HttpServletRequest request) {
        conferenceAmendments.amend(id, body.field(), body.value(), body.reason(), currentUsers.current(), AccessLog.Channel.API);
        return conferenceAmendments(id, request);
    }

    @GetMapping("/conferences/{id}/amendments")
    List<Amendment> conferenceAmendments(@PathVariable long id, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        long personId = conferences.personOf(id).orElseThrow(() -> new NotFoundException("There is no conference " + id));
        access.checkAndLogView(user, personId, AccessLog.Channel.API, request.getRequestURI());
        return conferenceAmendments.forConference(id);
    }
}

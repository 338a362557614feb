package org.opencsc.protection.coregroup;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ApiController;
import org.opencsc.protection.conference.ReviewConferences;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Core group meetings of a plan over JSON. */
@ApiController("/api/v1/plans")
class CoreGroupApiController {

    private final CoreGroups coreGroups;
    private final ReviewConferences reviews;
    private final CurrentUsers currentUsers;

    CoreGroupApiController(CoreGroups coreGroups, ReviewConferences reviews, CurrentUsers currentUsers) {
        this.coreGroups = coreGroups;
        this.reviews = reviews;
        this.currentUsers = currentUsers;
    }

    record CoreGroupRequest(String heldOn, String attendees, Boolean childSeen, String progress, String actions) {
    }

    @PostMapping("/{planId}/core-groups")
    ResponseEntity<Map<String, Object>> record(@PathVariable long planId, @RequestBody CoreGroupRequest body,
                                               HttpServletRequest request) {
        Problems problems = new Problems();
        LocalDate held = DateParts.fromIso(body.heldOn(), "heldOn", "heldOn", problems);
        problems.throwIfAny();
        CurrentUser user = currentUsers.current();
        long id = coreGroups.record(planId, new CoreGroupInput(held, body.attendees(), body.childSeen(), body.progress(),
                body.actions()), user, AccessLog.Channel.API);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("coreGroupId", id);
        result.put("plan", reviews.plan(planId, user, AccessLog.Channel.API, request.getRequestURI()));
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/core-groups/" + id)).body(result);
    }
}

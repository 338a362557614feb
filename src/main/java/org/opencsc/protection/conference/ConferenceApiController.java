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
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Initial child protection conferences over JSON, and the plan each one started. */
@ApiController("/api/v1/conferences")
class ConferenceApiController {

    private final Conferences conferences;
    private final CurrentUsers currentUsers;

    ConferenceApiController(Conferences conferences, CurrentUsers currentUsers) {
        this.conferences = conferences;
        this.currentUsers = currentUsers;
    }

    /** {@code attendees} may be left out when {@code invitees} say who attended. */
    record InitialRequest(Long s47EnquiryId, String heldOn, String startsAt, String chair, String attendees,
                          List<ConferenceMeeting.InviteeRequest> invitees, String childViews, Boolean planNeeded,
                          String category, String reasons) {
    }

    @PostMapping("/initial")
    ResponseEntity<Map<String, Object>> initial(@RequestBody InitialRequest body, HttpServletRequest request) {
        Problems problems = new Problems();
        LocalDate held = DateParts.fromIso(body.heldOn(), "heldOn", "heldOn", problems);
        ConferenceMeeting meeting = ConferenceMeeting.fromApi(body.startsAt(), body.invitees(), problems);
        AbuseCategory category = body.category() == null ? null : AbuseCategory.parse(body.category()).orElse(null);
        if (body.category() != null && category == null) {
            problems.add("category", "category must be one of NEG, PHY, EMO, SAB, MUL");
        }
        problems.throwIfAny();
        CurrentUser user = currentUsers.current();
        long id = conferences.recordInitial(new InitialConferenceInput(body.s47EnquiryId(), held, body.chair(),
                body.attendees(), body.childViews(), body.planNeeded(), category, body.reasons(), meeting), user, AccessLog.Channel.API);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("conferenceId", id);
        result.put("plan", conferences.planFrom(id, user, AccessLog.Channel.API, request.getRequestURI()));
        return ResponseEntity.created(URI.create("/api/v1/conferences/" + id + "/plan")).body(result);
    }

    /** A conference of either kind as recorded: when it met, who was invited and whether each came, what it decided. */
    @GetMapping("/{id}")
    ConferenceRecord conference(@PathVariable long id, HttpServletRequest request) {
        return conferences.record(id, currentUsers.current(), AccessLog.Channel.API, request.getRequestURI());
    }

    @GetMapping("/{id}/plan")
    ResponseEntity<ChildProtectionPlan> plan(@PathVariable long id, HttpServletRequest request) {
        ChildProtectionPlan plan = conferences.planFrom(id, currentUsers.current(), AccessLog.Channel.API, request.getRequestURI());
        return plan == null ? ResponseEntity.noContent().build() : ResponseEntity.ok(plan);
    }
}

package org.opencsc.episode;

import java.time.LocalDate;
import org.opencsc.frontdoor.Referral;
import org.opencsc.frontdoor.ReferralService;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ApiController;
import org.opencsc.platform.web.ReportedAs;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUsers;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Closing a child-in-need episode over JSON. */
@ApiController("/api/v1/referrals")
class EpisodeApiController {

    private final EpisodeClosure closure;
    private final ReferralService referrals;
    private final CurrentUsers currentUsers;

    EpisodeApiController(EpisodeClosure closure, ReferralService referrals, CurrentUsers currentUsers) {
        this.closure = closure;
        this.referrals = referrals;
        this.currentUsers = currentUsers;
    }

    record ClosureRequest(Integer version, String closedOn, String reason, String why) {
    }

    @PostMapping("/{id}/closure")
    Referral close(@PathVariable @ReportedAs("referralId") long id, @RequestBody ClosureRequest body) {
        Problems problems = new Problems();
        if (body.version() == null) {
            problems.add("version", "Send the version of the referral you read, so concurrent changes are not lost");
        }
        ClosureReason reason = body.reason() == null ? null : ClosureReason.parse(body.reason()).orElse(null);
        if (body.reason() != null && reason == null) {
            problems.add("reason", "reason must be a CIN census code RC1 to RC9");
        }
        LocalDate closedOn = DateParts.fromIso(body.closedOn(), "closedOn", "closedOn", problems);
        problems.throwIfAny();
        closure.close(id, body.version(), closedOn, reason, body.why(), currentUsers.current(), AccessLog.Channel.API);
        return referrals.find(id);
    }
}

package org.opencsc.frontdoor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.opencsc.platform.web.ApiController;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.platform.web.ReportedAs;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Who holds a child now, transferring them to another worker or team, and marking a transfer notice read. */
@ApiController("/api/v1")
class TransferApiController {

    private final CaseTransfers transfers;
    private final TransferNotices notices;
    private final AccessPolicy access;
    private final CurrentUsers currentUsers;
    private final ReferralService referrals;

    TransferApiController(CaseTransfers transfers, TransferNotices notices, AccessPolicy access, CurrentUsers currentUsers,
                          ReferralService referrals) {
        this.referrals = referrals;
        this.transfers = transfers;
        this.notices = notices;
        this.access = access;
        this.currentUsers = currentUsers;
    }

    @Schema(description = "Who holds the child now. version identifies this allocation: send it back to transfer the child")
    record CurrentAllocation(long version, long teamId, String teamName, Long workerId, String workerName, LocalDate since,
                             @Schema(description = "Only in the answer to a transfer: the receiving worker's caseload now against their "
                                     + "limit. atOrOverLimit is a warning, not a refusal: a manager may decide to transfer to a full caseload")
                             org.opencsc.workforce.WorkerCaseload workerCaseload) {

        static CurrentAllocation of(CaseTransfers.Current c) {
            return new CurrentAllocation(c.version(), c.allocation().teamId(), c.allocation().teamName(),
                    c.allocation().workerId(), c.allocation().workerName(), c.allocation().since(), null);
        }

        CurrentAllocation withCaseload(org.opencsc.workforce.WorkerCaseload caseload) {
            return new CurrentAllocation(version, teamId, teamName, workerId, workerName, since, caseload);
        }
    }

    @Operation(summary = "The child's current allocation (404 when nobody holds them)")
    @GetMapping("/people/{id}/allocation")
    CurrentAllocation allocation(@PathVariable long id, HttpServletRequest request) {
        access.checkAndLogView(currentUsers.current(), id, AccessLog.Channel.API, request.getRequestURI());
        CaseTransfers.Current current = transfers.current(id);
        if (current == null) {
            throw new NotFoundException("Nobody holds record " + id + " now");
        }
        return CurrentAllocation.of(current);
    }

    record TransferRequest(@Schema(description = "The version of the current allocation, from GET /people/{id}/allocation")
                           Long version,
                           @ReportedAs("worker") Long workerId, Long teamId,
                           @Schema(description = "Why the child moves (required)") String reason) {
    }

    @Operation(summary = "Transfers an allocated child to another worker or team (managers)",
            description = "The answer's workerCaseload warns when the receiving worker is at or over their limit (not a refusal). "
                    + "reason is required. The chronology records the transfer and both the worker the child leaves and "
                    + "the one who receives them are told (GET /api/v1/work/attention). 409 when the allocation changed "
                    + "since version was read.")
    @PostMapping("/people/{id}/transfer")
    CurrentAllocation transfer(@PathVariable long id, @RequestBody TransferRequest body) {
        CurrentUser user = currentUsers.current();
        transfers.transfer(id, body.version(), body.workerId(), body.teamId(), body.reason(), user, AccessLog.Channel.API);
        CurrentAllocation now = CurrentAllocation.of(transfers.current(id));
        return now.workerId() == null ? now : now.withCaseload(referrals.caseloadOf(now.workerId(), now.teamId()));
    }

    @Operation(summary = "Marks a transfer notice addressed to the caller as read (it leaves their attention list)")
    @PostMapping("/case-transfers/{id}/read")
    ResponseEntity<Void> read(@PathVariable long id) {
        notices.markRead(id, currentUsers.current());
        return ResponseEntity.noContent().build();
    }
}

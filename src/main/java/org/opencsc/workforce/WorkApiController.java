package org.opencsc.workforce;

import java.util.List;
import org.opencsc.platform.web.ApiController;
import org.opencsc.security.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Due and overdue work over JSON, oldest first: the same lists as the "my work" and "team work" pages. */
@ApiController("/api/v1/work")
class WorkApiController {

    private final DueWork dueWork;
    private final CurrentUsers currentUsers;
    private final Attention attention;

    WorkApiController(DueWork dueWork, CurrentUsers currentUsers, Attention attention) {
        this.dueWork = dueWork;
        this.currentUsers = currentUsers;
        this.attention = attention;
    }

    /** What is addressed to the user (a possible duplicate of a restricted record they are named on), oldest first. */
    @GetMapping("/attention")
    List<AttentionItem> attention() {
        return attention.itemsFor(currentUsers.current());
    }

    @GetMapping("/mine")
    DueWorkList mine() {
        return dueWork.mine(currentUsers.current());
    }

    /** A team's work for its manager; without teamId, the manager's own (first) team; show=overdue for the late items only. */
    @GetMapping("/team")
    DueWorkList team(@RequestParam(required = false) Long teamId, @RequestParam(required = false) Long workerId,
                     @RequestParam(required = false) String show) {
        DueWorkList work = dueWork.team(currentUsers.current(), teamId, workerId);
        return "overdue".equals(show) ? work.overdueOnly() : work;
    }
}

package org.opencsc.protection.planlist;

import java.util.List;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ApiController;
import org.opencsc.security.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The oversight lists of open plans over JSON: panel, over-two-years, repeat or all. */
@ApiController("/api/v1/plans")
class PlanListApiController {

    private final PlanLists lists;
    private final CurrentUsers currentUsers;

    PlanListApiController(PlanLists lists, CurrentUsers currentUsers) {
        this.lists = lists;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    List<OpenPlanEntry> list(@RequestParam(name = "list", defaultValue = "all") String list) {
        PlanList which = PlanList.parse(list)
                .orElseThrow(() -> new ValidationException("list", "list must be panel, over-two-years, repeat or all"));
        return lists.list(which, currentUsers.current());
    }
}

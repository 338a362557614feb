package org.opencsc.frontdoor;

import java.util.List;
import java.util.Set;
import org.opencsc.platform.validation.Problems;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Role;
import org.opencsc.workforce.AllocationRepository;
import org.opencsc.workforce.WorkerCaseload;
import org.springframework.stereotype.Component;

/**
 * Whom a manager may allocate or transfer a child to, with each worker's caseload. The front
 * door's duty manager hands children on to every team of the service (assessment, the
 * localities, the specialist teams); a team manager allocates within their own service area.
 */
@Component
class AllocationChoices {

    private final AllocationRepository allocations;

    AllocationChoices(AllocationRepository allocations) {
        this.allocations = allocations;
    }

    Set<Long> teamIds(CurrentUser user) {
        return user.role() == Role.DUTY_MANAGER ? allocations.allTeamIds() : user.visibleTeamIds();
    }

    List<WorkerCaseload> caseloads(CurrentUser user) {
        return allocations.caseloads(teamIds(user));
    }

    /** Names the problem under {@code field} when the worker and team are not a choice this manager has. */
    void check(Long workerId, Long teamId, CurrentUser user, Problems problems, String field) {
        if (workerId == null || teamId == null) {
            problems.add(field, "Select the worker to allocate to");
        } else if (!allocations.isMember(workerId, teamId)) {
            problems.add(field, "Choose a social worker or family support worker in that team");
        } else if (!teamIds(user).contains(teamId)) {
            problems.add(field, "You can allocate only to teams in your service area");
        }
    }

    /** "worker:team" as the pages' lists offer it; anything else (or an id too large) is no choice: {@code null}. */
    static long[] parse(String choice) {
        if (choice == null || !choice.matches("[0-9]{1,18}:[0-9]{1,18}")) {
            return null;
        }
        String[] parts = choice.split(":");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }
}

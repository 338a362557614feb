package org.opencsc.workforce;

import java.util.Collection;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Role;

/**
 * Who may see and change the workforce records (employment details, team posts, the figures),
 * asked by the pages, the API and the menu alike, so no role is offered a link that answers 403.
 *
 * <p>Senior leaders and data officers read all of it: they answer for the workforce and produce
 * its returns. A team manager reads the teams of their service area and their staff, and keeps
 * those staff's employment details and those teams' posts. The administrator keeps every
 * worker's employment details, as they keep their accounts; nothing here shows a child (a
 * caseload is a number). Nobody else opens the workforce pages: a worker's employment record is
 * not their colleagues' business.
 */
public final class WorkforceAccess {

    /** The overview page, linked from the menu. */
    public static final String PAGE = "/workforce";

    private WorkforceAccess() {
    }

    /** Whether the role opens the workforce pages at all (for some teams at least). */
    public static boolean canOpen(Role role) {
        return readsAll(role) || role == Role.TEAM_MANAGER;
    }

    /** Every team and every member of staff. */
    public static boolean readsAll(Role role) {
        return role == Role.SENIOR_LEADER || role == Role.DATA_OFFICER || role == Role.ADMIN;
    }

    public static boolean canReadTeam(CurrentUser user, long teamId) {
        return readsAll(user.role()) || user.role() == Role.TEAM_MANAGER && user.serviceAreaTeamIds().contains(teamId);
    }

    /** A member of staff is a team manager's to see when they are in one of the manager's service area's teams. */
    public static boolean canReadWorker(CurrentUser user, Collection<Long> workerTeamIds) {
        return readsAll(user.role()) || inServiceArea(user, workerTeamIds);
    }

    public static boolean canEditEmployment(CurrentUser user, Collection<Long> workerTeamIds) {
        return user.role() == Role.ADMIN || inServiceArea(user, workerTeamIds);
    }

    public static boolean canEditPosts(CurrentUser user, long teamId) {
        return user.role() == Role.TEAM_MANAGER && user.serviceAreaTeamIds().contains(teamId);
    }

    private static boolean inServiceArea(CurrentUser user, Collection<Long> workerTeamIds) {
        return user.role() == Role.TEAM_MANAGER && workerTeamIds.stream().anyMatch(user.serviceAreaTeamIds()::contains);
    }
}

package org.opencsc.performance;

import java.util.List;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Role;

/**
 * Who sees the dashboards, and which children a dashboard counts when it is first opened. Asked
 * by the pages, the API and the menu alike.
 *
 * <p>Every role that reads children's records sees them: the counts name nobody, and a drill-down
 * names only the children the viewer may open. Not the administrator, who opens no records. Not
 * the contact officer either: they record contacts and check a child's history for one, and a
 * drill-down would give them lists of the council's children by what is happening to them (plans
 * by category of abuse, children with no progress), which their work does not need (data
 * minimisation); the duty workers who decide on contacts do see them. Not a partner agency's
 * auditor either: they read only the children in their audits, not the council's figures.
 */
public final class PerformanceAccess {

    public static final String DASHBOARD = "/performance";

    private PerformanceAccess() {
    }

    public static boolean canSee(Role role) {
        return role != Role.ADMIN && role != Role.CONTACT_OFFICER && role.scope() != Role.Scope.NONE
                && role.scope() != Role.Scope.AUDIT;
    }

    public static String refusal() {
        return "Performance figures are for the council’s roles that read children’s records, not for contact officers,"
                + " administrators or partner agency auditors";
    }

    /**
     * The teams a dashboard counts when no team is asked for: a manager's service areas (the teams
     * they see); a worker's own teams; the whole council (no teams) for the roles whose work is
     * council-wide (senior leaders, data officers, chairs, legal, auditors, inspectors) and for anyone in no team.
     */
    public static List<Long> defaultTeams(CurrentUser user) {
        if (user.role().scope() == Role.Scope.ALL) {
            return List.of();
        }
        return user.visibleTeamIds().stream().sorted().toList();
    }
}

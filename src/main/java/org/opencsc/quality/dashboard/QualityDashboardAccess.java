package org.opencsc.quality.dashboard;

import java.util.List;
import java.util.Set;
import org.opencsc.quality.QualityAccess;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Role;
import org.springframework.modulith.NamedInterface;

/**
 * Who sees the QA dashboard, and over which teams. The QA team, senior leaders and inspectors
 * ({@link QualityAccess#readsAllAudits}) see every team's audits. A team manager sees the audits of
 * the teams they manage (their service area's, the teams they see on Team work): how their
 * workers' practice is judged and the learning set for them is theirs to act on, and a manager
 * reads their own workers' audits anyway (Part A). Nobody else: a worker reads their own audits
 * on the audit page, and the figures of other workers' audits are not theirs to see.
 */
@NamedInterface("homes")
public final class QualityDashboardAccess {

    public static final String PAGE = "/quality";

    private QualityDashboardAccess() {
    }

    public static boolean canSee(Role role) {
        return QualityAccess.readsAllAudits(role) || role == Role.TEAM_MANAGER;
    }

    /** Whether the user may ask for any team, or the whole council. */
    static boolean seesEveryTeam(Role role) {
        return QualityAccess.readsAllAudits(role);
    }

    /** The teams a user limited to their own may ask for; empty for those who see every team. */
    static Set<Long> ownTeams(CurrentUser user) {
        return seesEveryTeam(user.role()) ? Set.of() : user.visibleTeamIds();
    }

    /** What the dashboard counts when no team is asked for: the whole council, or a manager's own teams. */
    static List<Long> defaultTeams(CurrentUser user) {
        return seesEveryTeam(user.role()) ? List.of() : user.visibleTeamIds().stream().sorted().toList();
    }

    public static String refusal() {
        return "The QA dashboard is for the quality assurance team, senior leaders, inspectors and team managers";
    }
}

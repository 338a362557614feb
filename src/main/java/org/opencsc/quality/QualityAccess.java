package org.opencsc.quality;

import org.opencsc.security.CurrentUser;
import org.opencsc.security.Role;

/**
 * Who does what in quality assurance. The QA team (quality assurance officers, who include the
 * practice development officers) runs rounds, audits and moderates; partner agency auditors answer
 * their agency's questions on the children in their rounds; the worker and their manager take part
 * in their own children's audits; senior leaders and inspectors read. Each service still checks
 * the child's record is open to the user (AccessPolicy) before showing any of it.
 */
public final class QualityAccess {

    private QualityAccess() {
    }

    /** The QA team: draws samples, audits, moderates, manages templates, sees the QA dashboard. */
    public static boolean isQaTeam(Role role) {
        return role == Role.QA_AUDITOR;
    }

    public static boolean isPartnerAuditor(Role role) {
        return role == Role.PARTNER_AUDITOR;
    }

    /** Who reads the QA dashboard and every audit's grades: the QA team, senior leaders and inspectors. */
    public static boolean readsAllAudits(Role role) {
        return role == Role.QA_AUDITOR || role == Role.SENIOR_LEADER || role == Role.INSPECTOR;
    }

    /** Who records a practice observation of a worker: a team manager or a QA (practice development) officer. */
    public static boolean observesPractice(Role role) {
        return role == Role.TEAM_MANAGER || role == Role.DUTY_MANAGER || role == Role.QA_AUDITOR;
    }

    public static boolean isQaTeam(CurrentUser user) {
        return isQaTeam(user.role());
    }
}

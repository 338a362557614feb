package org.opencsc.quality.audit;

import java.util.Set;
import org.opencsc.quality.Agency;
import org.opencsc.quality.QualityAccess;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Role;

/**
 * Who may do what with one audit, from the people on it. {@code currentWorkerId}: the worker the
 * child is allocated to now (the audit's worker may have moved on); {@code partnerAgency}: the
 * agency the user answers for on the audit's round while their last day has not passed (null
 * otherwise); {@code answeredBy}: everyone who answered a question.
 */
record AuditParticipants(Audit audit, CurrentUser user, Long currentWorkerId, Agency partnerAgency, Set<Long> answeredBy) {

    /** How much of an audit a user reads. */
    enum Reading { ALL, PARTNER_PART, NONE }

    AuditParticipants {
        answeredBy = Set.copyOf(answeredBy);
    }

    /**
     * The QA team, senior leaders and inspectors read every audit; the worker (when drawn or now),
     * their manager and the manager of the team that held the child read theirs; a partner
     * auditor reads their agency's part while their time on the round lasts.
     */
    Reading reading() {
        if (QualityAccess.readsAllAudits(user.role()) || isWorker() || is(audit.workerManagerId()) || managesTheTeam()) {
            return Reading.ALL;
        }
        return QualityAccess.isPartnerAuditor(user.role()) && partnerAgency != null ? Reading.PARTNER_PART : Reading.NONE;
    }

    /** The QA officer leading the audit edits the auditor's part while it is open; with none assigned, any QA officer takes it on. */
    boolean editsFindings() {
        return QualityAccess.isQaTeam(user) && audit.status().open() && (audit.auditorId() == null || is(audit.auditorId()));
    }

    /** A partner answers their agency's questions until the audit is moderated (completion may leave them to the partner). */
    boolean answersForAgency() {
        return reading() == Reading.PARTNER_PART && audit.status() != AuditStatus.MODERATED;
    }

    boolean edits() {
        return editsFindings() || answersForAgency();
    }

    /** The worker writes their reflection in their own words: signed in as themselves, never an integration. */
    boolean reflects() {
        return isWorker() && !user.integration() && audit.status() != AuditStatus.MODERATED;
    }

    /** Why this user may not moderate the audit, or null when they may. */
    String moderationRefusal() {
        if (!QualityAccess.isQaTeam(user)) {
            return "An audit is moderated by a quality assurance officer";
        }
        if (is(audit.auditorId()) || is(audit.completedBy())) {
            return "You cannot moderate an audit you led: a second auditor moderates it";
        }
        if (answeredBy.contains(user.id())) {
            return "You answered questions in this audit, so a second auditor must moderate it";
        }
        if (isWorker() || is(audit.workerReflectionBy())) {
            return "You cannot moderate an audit of your own work";
        }
        if (is(audit.workerManagerId()) || managesTheTeam()) {
            return "You cannot moderate an audit of the work of someone you manage";
        }
        return null;
    }

    boolean isWorker() {
        return is(audit.workerId()) || is(currentWorkerId);
    }

    private boolean managesTheTeam() {
        return user.role() == Role.TEAM_MANAGER && audit.teamId() != null && user.teamIds().contains(audit.teamId());
    }

    private boolean is(Long userId) {
        return userId != null && userId == user.id();
    }
}

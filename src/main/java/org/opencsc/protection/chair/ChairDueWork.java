package org.opencsc.protection.chair;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.opencsc.protection.conference.Conferences;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Role;
import org.opencsc.workforce.DueItem;
import org.opencsc.workforce.DueWorkSource;
import org.springframework.stereotype.Component;

/**
 * A chair's own work, whoever holds the child: the review conference of every open plan whose
 * latest conference they chaired (the chair's view), and the escalations they raised that no
 * manager has answered yet, to follow up. The child's worker and team see the review through
 * the caseload (ProtectionDueWork); the chair holds no caseload, so it reaches them here.
 */
@Component
class ChairDueWork implements DueWorkSource {

    static final String CONFERENCE_BY = "The conference chair records the conference (or a team manager for them)";
    static final String FOLLOW_UP_BY = "The chair who raised it follows it up";

    private final ChairViewRepository chairView;

    ChairDueWork(ChairViewRepository chairView) {
        this.chairView = chairView;
    }

    @Override
    public List<DueItem> dueFor(Collection<Long> personIds) {
        return List.of();
    }

    @Override
    public List<DueItem> dueTo(CurrentUser user) {
        if (!user.is(Role.CONFERENCE_CHAIR)) {
            return List.of();
        }
        List<ChairCase> cases = chairView.chairedBy(user.id());
        List<DueItem> items = new ArrayList<>();
        for (ChairCase c : cases) {
            items.add(DueItem.forWorker(c.personId(), "Review child protection conference you chair", c.nextReviewDueOn(),
                    "/plans/" + c.planId() + "/review-conference").doneOnlyBy(Conferences::canRecord, CONFERENCE_BY));
        }
        for (Escalation e : chairView.openEscalationsRaisedBy(user.id())) {
            items.add(DueItem.forWorker(e.personId(), "Your escalation, awaiting the team manager’s response", e.responseDueOn(), "/chair")
                    .doneOnlyBy(Escalations::canRaise, FOLLOW_UP_BY));
        }
        return items;
    }
}

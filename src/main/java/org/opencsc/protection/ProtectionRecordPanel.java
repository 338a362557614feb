package org.opencsc.protection;

import org.opencsc.childrecord.RecordPanel;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The open plan, strategy discussions, enquiries waiting for their next step, open escalations, and who may act on them. */
@Component
class ProtectionRecordPanel implements RecordPanel {

    private final Conferences conferences;
    private final S47Enquiries enquiries;
    private final Escalations escalations;
    private final StrategyDiscussions discussions;

    ProtectionRecordPanel(Conferences conferences, S47Enquiries enquiries, Escalations escalations,
                          StrategyDiscussions discussions) {
        this.conferences = conferences;
        this.enquiries = enquiries;
        this.escalations = escalations;
        this.discussions = discussions;
    }

    @Override
    public void addTo(Model model, long personId, boolean child, CurrentUser user) {
        model.addAttribute("cpPlan", conferences.openPlanOf(personId).orElse(null));
        model.addAttribute("s47Waiting", enquiries.awaitingNextStep(personId));
        model.addAttribute("escalations", escalations.openFor(personId));
        model.addAttribute("strategyDiscussions", discussions.forChild(personId));
        model.addAttribute("canRecordProtection", StrategyDiscussions.canRecord(user.role()));
        model.addAttribute("canRecordConference", Conferences.canRecord(user.role()));
        model.addAttribute("canRecordCoreGroup", CoreGroups.canRecord(user.role()));
        model.addAttribute("canRespondToEscalations", user.is(Role.TEAM_MANAGER));
    }
}

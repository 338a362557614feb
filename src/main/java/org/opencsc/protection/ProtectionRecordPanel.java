package org.opencsc.protection;

import static org.opencsc.childrecord.RecordSlot.ACTIONS;
import static org.opencsc.childrecord.RecordSlot.SUMMARY;

import java.util.List;
import org.opencsc.childrecord.RecordConfirmation;
import org.opencsc.childrecord.RecordFragment;
import org.opencsc.childrecord.RecordPage;
import org.opencsc.childrecord.RecordPanel;
import org.opencsc.childrecord.RecordPart;
import org.opencsc.protection.chair.Escalations;
import org.opencsc.protection.conference.Conferences;
import org.opencsc.protection.coregroup.CoreGroups;
import org.opencsc.protection.enquiry.S47Enquiries;
import org.opencsc.protection.strategy.StrategyDiscussions;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The open plan, strategy discussions, enquiries waiting for their next step, open escalations, and who may act on them. */
@Component
class ProtectionRecordPanel implements RecordPanel {

    private static final String TEMPLATE = "protection/record-panel";
    private static final RecordPart SUMMARY_PAGE = RecordPart.SUMMARY;
    private static final RecordPart PROTECTION_PAGE = RecordPart.ASSESSMENTS_AND_PROTECTION;

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
    public List<RecordFragment> fragments() {
        return List.of(
                new RecordFragment(SUMMARY, 300, TEMPLATE, "strategy-discussions").on(SUMMARY_PAGE, PROTECTION_PAGE),
                new RecordFragment(SUMMARY, 500, TEMPLATE, "current-plan").on(SUMMARY_PAGE, PROTECTION_PAGE, RecordPart.PLANS),
                new RecordFragment(SUMMARY, 700, TEMPLATE, "escalations").on(SUMMARY_PAGE, PROTECTION_PAGE),
                new RecordFragment(ACTIONS, 300, TEMPLATE, "strategy-discussion-actions").on(SUMMARY_PAGE, PROTECTION_PAGE),
                new RecordFragment(ACTIONS, 600, TEMPLATE, "next-steps").on(SUMMARY_PAGE, PROTECTION_PAGE));
    }

    @Override
    public List<RecordConfirmation> confirmations() {
        return List.of(
                new RecordConfirmation(100, "s47Completed", "The Section 47 enquiry's outcome has been recorded."),
                new RecordConfirmation(200, "conferenceRecorded", "The initial child protection conference has been recorded."),
                new RecordConfirmation(300, "reviewRecorded", "The review child protection conference has been recorded."),
                new RecordConfirmation(400, "coreGroupRecorded", "The core group meeting has been recorded."),
                new RecordConfirmation(500, "escalationAnswered", "Your response to the chair’s escalation has been recorded."),
                new RecordConfirmation(800, "strategyRecorded", "The strategy discussion has been recorded."));
    }

    @Override
    public void addTo(RecordPage page, long personId, boolean child, CurrentUser user) {
        ChildProtectionPlan plan = conferences.openPlanOf(personId).orElse(null);
        if (plan != null) {
            page.alert("Child protection plan");
        }
        page.add("cpPlan", plan)
                .add("s47Waiting", enquiries.awaitingNextStep(personId))
                .add("escalations", escalations.openFor(personId))
                .add("strategyDiscussions", discussions.forChild(personId))
                .add("canRecordProtection", StrategyDiscussions.canRecord(user.role()))
                .add("canRecordConference", Conferences.canRecord(user.role()))
                .add("canRecordCoreGroup", CoreGroups.canRecord(user.role()))
                .add("canRespondToEscalations", Escalations.canRespond(user.role()));
    }
}

package org.opencsc.plan;

import static org.opencsc.childrecord.RecordSlot.SUMMARY;

import java.util.List;
import org.opencsc.childrecord.RecordFragment;
import org.opencsc.childrecord.RecordPage;
import org.opencsc.childrecord.RecordPanel;
import org.opencsc.childrecord.RecordPart;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The child's current plan (needs, outcomes and actions), its status and last review. */
@Component
class PlanRecordPanel implements RecordPanel {

    private final ChildPlans childPlans;

    PlanRecordPanel(ChildPlans childPlans) {
        this.childPlans = childPlans;
    }

    @Override
    public List<RecordFragment> fragments() {
        return List.of(new RecordFragment(SUMMARY, 600, "plan/record-panel", "child-plan").on(RecordPart.SUMMARY, RecordPart.PLANS));
    }

    @Override
    public void addTo(RecordPage page, long personId, boolean child, CurrentUser user) {
        page.add("childPlan", childPlans.currentFor(personId).orElse(null))
                .add("canWritePlans", ChildPlans.canWrite(user.role()));
    }
}

package org.opencsc.visit;

import static org.opencsc.childrecord.RecordSlot.MAIN;

import java.util.List;
import org.opencsc.childrecord.RecordFragment;
import org.opencsc.childrecord.RecordPage;
import org.opencsc.childrecord.RecordPanel;
import org.opencsc.childrecord.RecordPart;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Component;

/** When the child was last seen (alone?) and when the next visit is due; adults are not visited. */
@Component
class VisitRecordPanel implements RecordPanel {

    private final Visits visits;

    VisitRecordPanel(Visits visits) {
        this.visits = visits;
    }

    @Override
    public List<RecordFragment> fragments() {
        return List.of(new RecordFragment(MAIN, 100, "visit/record-panel", "visits").on(RecordPart.VISITS));
    }

    @Override
    public void addTo(RecordPage page, long personId, boolean child, CurrentUser user) {
        page.add("visitSummary", child ? visits.summaryOf(personId) : null);
    }
}

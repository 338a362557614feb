package org.opencsc.visit;

import org.opencsc.childrecord.RecordPanel;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** When the child was last seen (alone?) and when the next visit is due; adults are not visited. */
@Component
class VisitRecordPanel implements RecordPanel {

    private final Visits visits;

    VisitRecordPanel(Visits visits) {
        this.visits = visits;
    }

    @Override
    public void addTo(Model model, long personId, boolean child, CurrentUser user) {
        model.addAttribute("visitSummary", child ? visits.summaryOf(personId) : null);
    }
}

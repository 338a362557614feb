package org.opencsc.childrecord;

import static org.opencsc.childrecord.RecordSlot.ACTIONS;
import static org.opencsc.childrecord.RecordSlot.SUMMARY;

import java.util.List;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The person's own rows and actions on their record page, placed among the features' like any
 * panel's (their details come first and last in the summary, the features' rows between). The
 * family network and the chronology follow the slots on every record, so they stay in record.html.
 */
@Component
class PersonRecordPanel implements RecordPanel {

    private static final String TEMPLATE = "childrecord/person-panel";

    @Override
    public List<RecordFragment> fragments() {
        return List.of(
                new RecordFragment(SUMMARY, 100, TEMPLATE, "identity"),
                // Legal status is not recorded yet: the legal feature will give this row its content.
                new RecordFragment(SUMMARY, 400, TEMPLATE, "legal-status"),
                new RecordFragment(SUMMARY, 800, TEMPLATE, "details"),
                new RecordFragment(ACTIONS, 200, TEMPLATE, "case-note-action"),
                new RecordFragment(ACTIONS, 800, TEMPLATE, "record-actions"));
    }

    @Override
    public void addTo(RecordPage page, long personId, boolean child, CurrentUser user) {
        // The fragments read the record the page already holds.
    }
}

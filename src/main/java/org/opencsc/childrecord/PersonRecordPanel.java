package org.opencsc.childrecord;

import static org.opencsc.childrecord.RecordPart.CHRONOLOGY;
import static org.opencsc.childrecord.RecordPart.FAMILY;
import static org.opencsc.childrecord.RecordSlot.ACTIONS;
import static org.opencsc.childrecord.RecordSlot.MAIN;
import static org.opencsc.childrecord.RecordSlot.SUMMARY;

import java.util.List;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The record's own pieces, placed among the features' like any panel's: the person's rows and
 * actions (who they are first in the summary), what is due and the newest entries on the summary,
 * the chronology page, the family page (their other details, the family network); the
 * documents page is the document feature's. The summary's due items and entries, and the chronology's page of entries, are
 * read by the controller for the page that shows them.
 */
@Component
class PersonRecordPanel implements RecordPanel {

    private static final String TEMPLATE = "childrecord/person-panel";
    private static final String SUMMARY_TEMPLATE = "childrecord/summary-panel";

    @Override
    public List<RecordFragment> fragments() {
        return List.of(
                new RecordFragment(SUMMARY, 100, TEMPLATE, "identity"),
                // Legal status is not recorded yet: the legal feature will give this row its content.
                new RecordFragment(SUMMARY, 400, TEMPLATE, "legal-status"),
                new RecordFragment(SUMMARY, 800, TEMPLATE, "details").on(FAMILY),
                new RecordFragment(ACTIONS, 200, TEMPLATE, "case-note-action").on(RecordPart.SUMMARY, CHRONOLOGY),
                new RecordFragment(ACTIONS, 800, TEMPLATE, "record-actions"),
                new RecordFragment(ACTIONS, 800, TEMPLATE, "family-actions").on(FAMILY),
                new RecordFragment(MAIN, 50, SUMMARY_TEMPLATE, "due-work"),
                new RecordFragment(MAIN, 950, SUMMARY_TEMPLATE, "latest-entries"),
                new RecordFragment(MAIN, 100, "childrecord/chronology", "chronology").on(CHRONOLOGY),
                new RecordFragment(MAIN, 100, TEMPLATE, "family-network").on(FAMILY));
    }

    @Override
    public void addTo(RecordPage page, long personId, boolean child, CurrentUser user) {
        // The fragments read the record the page already holds.
    }
}

package org.opencsc.document;

import static org.opencsc.childrecord.RecordSlot.MAIN;

import java.util.List;
import org.opencsc.childrecord.RecordConfirmation;
import org.opencsc.childrecord.RecordFragment;
import org.opencsc.childrecord.RecordPage;
import org.opencsc.childrecord.RecordPanel;
import org.opencsc.childrecord.RecordPart;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The record's documents page: every document on it, withdrawn ones marked, and the upload link. */
@Component
class DocumentRecordPanel implements RecordPanel {

    private final Documents documents;

    DocumentRecordPanel(Documents documents) {
        this.documents = documents;
    }

    @Override
    public List<RecordFragment> fragments() {
        return List.of(new RecordFragment(MAIN, 100, "document/record-panel", "documents").on(RecordPart.DOCUMENTS));
    }

    @Override
    public void addTo(RecordPage page, long personId, boolean child, CurrentUser user) {
        if (page.part() == RecordPart.DOCUMENTS) { // read only where shown: the list is not on the other pages
            page.add("documentList", documents.listFor(personId, user));
        }
    }

    @Override
    public List<RecordConfirmation> confirmations() {
        return List.of(new RecordConfirmation(720, "documentAdded", "Document added to the record"),
                new RecordConfirmation(721, "documentWithdrawn", "Document withdrawn: it stays on the record, marked withdrawn"));
    }
}

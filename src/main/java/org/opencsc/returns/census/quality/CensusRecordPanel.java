package org.opencsc.returns.census.quality;

import static org.opencsc.childrecord.RecordSlot.MAIN;

import java.util.List;
import org.opencsc.childrecord.RecordFragment;
import org.opencsc.childrecord.RecordPage;
import org.opencsc.childrecord.RecordPanel;
import org.opencsc.childrecord.RecordPart;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * "Census problems" on the child's summary, under what is due: each problem of the year so far in
 * plain words, with its DfE code, linked to where it is fixed. Shown to whoever opened the record
 * (the record page has checked and logged the access before it asks), and not at all when there
 * are none. Worked out only on the summary: the other pages do not show it.
 */
@Component
class CensusRecordPanel implements RecordPanel {

    private final CensusQuality quality;

    CensusRecordPanel(CensusQuality quality) {
        this.quality = quality;
    }

    @Override
    public List<RecordFragment> fragments() {
        return List.of(new RecordFragment(MAIN, 60, "returns/census/quality/record-panel", "census-problems"));
    }

    @Override
    public void addTo(RecordPage page, long personId, boolean child, CurrentUser user) {
        boolean shown = child && page.part() == RecordPart.SUMMARY;
        page.add("censusProblems", shown ? quality.forChild(personId) : List.of())
                .add("censusYear", quality.currentYear());
    }
}

package org.opencsc.episode;

import static org.opencsc.childrecord.RecordSlot.ACTIONS;
import static org.opencsc.childrecord.RecordSlot.NAME;
import static org.opencsc.childrecord.RecordSlot.SECTIONS;

import java.util.List;
import org.opencsc.childrecord.RecordConfirmation;
import org.opencsc.childrecord.RecordFragment;
import org.opencsc.childrecord.RecordPage;
import org.opencsc.childrecord.RecordPanel;
import org.opencsc.childrecord.RecordPart;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The child's level of need (early help, child in need, child protection) and its steps up and
 * down, and closing the case of each open referral (managers: {@code isManager}).
 */
@Component
class LevelRecordPanel implements RecordPanel {

    private static final String TEMPLATE = "episode/record-panel";

    private final CareLevels levels;

    LevelRecordPanel(CareLevels levels) {
        this.levels = levels;
    }

    @Override
    public List<RecordFragment> fragments() {
        return List.of(
                new RecordFragment(NAME, 100, TEMPLATE, "level-of-need"),
                new RecordFragment(ACTIONS, 500, TEMPLATE, "closure-actions"),
                new RecordFragment(ACTIONS, 700, TEMPLATE, "change-level").on(RecordPart.SUMMARY, RecordPart.PLANS),
                new RecordFragment(SECTIONS, 100, TEMPLATE, "level-history").on(RecordPart.PLANS));
    }

    @Override
    public List<RecordConfirmation> confirmations() {
        return List.of(
                new RecordConfirmation(600, "levelChanged", "The change of level of need has been recorded."),
                new RecordConfirmation(700, "closed", "The case has been closed."));
    }

    @Override
    public void addTo(RecordPage page, long personId, boolean child, CurrentUser user) {
        page.add("level", levels.current(personId))
                .add("levelHistory", levels.history(personId))
                .add("canChangeLevel", CareLevels.canChange(user));
    }
}

package org.opencsc.episode;

import org.opencsc.childrecord.RecordPanel;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The child's level of need (early help, child in need, child protection) and its steps up and down. */
@Component
class LevelRecordPanel implements RecordPanel {

    private final CareLevels levels;

    LevelRecordPanel(CareLevels levels) {
        this.levels = levels;
    }

    @Override
    public void addTo(Model model, long personId, boolean child, CurrentUser user) {
        model.addAttribute("level", levels.current(personId));
        model.addAttribute("levelHistory", levels.history(personId));
        model.addAttribute("canChangeLevel", CareLevels.canChange(user));
    }
}

package org.opencsc.episode;

import java.time.Instant;
import java.time.LocalDate;

/** One step up or down between levels of need, with its reason and who decided it. */
public record CareLevelChange(long id, long personId, CareLevel from, CareLevel to, LocalDate changedOn, String reason,
                              String decidedBy, Source source, Instant recordedAt) {

    /**
     * Who made the change: a manager by hand, a conference (plan started or ended), a case
     * closure, or a merge of two records of the child (the level the two records together say).
     */
    public enum Source {
        MANAGER, CONFERENCE, CLOSURE, MERGE
    }

    public boolean stepUp() {
        return to.isAbove(from);
    }

    /** "Stepped down from child protection to child in need: reason", as the chronology shows it. */
    public static String summary(CareLevel from, CareLevel to, String reason) {
        return (to.isAbove(from) ? "Stepped up" : "Stepped down") + " from " + from.inSentence() + " to " + to.inSentence()
                + ": " + reason;
    }
}

package org.opencsc.person;

import java.util.List;

/** A merge of two records that may not be one person's: made only once the user confirms they have checked. */
public class MergeNeedsConfirming extends RuntimeException {

    private final List<String> conflicts;

    MergeNeedsConfirming(List<String> conflicts) {
        super("Check these are the same person: " + String.join(" ", conflicts));
        this.conflicts = conflicts;
    }

    public List<String> conflicts() {
        return conflicts;
    }
}

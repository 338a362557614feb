package org.opencsc.plainenglish;

import java.util.List;

/** What the check found in one text: its scores and each finding, in the order they occur. */
public record PlainEnglishResult(Readability readability, List<Finding> findings) {

    public PlainEnglishResult {
        findings = List.copyOf(findings);
    }

    /** Whether any finding must be fixed (or overridden by a manager) before the text is sent. */
    public boolean blocking() {
        return findings.stream().anyMatch(Finding::blocking);
    }
}

package org.opencsc.legal;

import java.util.Map;
import org.opencsc.plainenglish.PlainEnglishResult;

/** The plain-English check of a letter: each section's readability and findings, and the whole letter's readability. */
public record LetterCheck(Map<LetterSection, PlainEnglishResult> sections, PlainEnglishResult whole) {

    /** Whether any finding blocks sending (unless a team manager overrides it with a reason). */
    public boolean blocking() {
        return sections.values().stream().anyMatch(PlainEnglishResult::blocking);
    }
}

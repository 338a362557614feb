package org.opencsc.legal;

import java.util.List;
import org.opencsc.platform.validation.Problems;

/** The text checks every legal form shares: required, no longer than the limit, blank lines left out. */
final class LegalTexts {

    static final int MAX_TEXT = 20_000;

    private LegalTexts() {
    }

    static void required(String text, String field, String message, Problems problems) {
        if (blank(text)) {
            problems.add(field, message);
        } else {
            tooLong(text, field, problems);
        }
    }

    static void tooLong(String text, String field, Problems problems) {
        if (text != null && text.length() > MAX_TEXT) {
            problems.add(field, "Enter no more than " + MAX_TEXT + " characters");
        }
    }

    /** The entries that say something, trimmed (a form's empty boxes and a JSON list's nulls left out). */
    static List<String> nonBlank(List<String> texts) {
        return texts == null ? List.of() : texts.stream().filter(t -> !blank(t)).map(String::trim).toList();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package org.opencsc.quality.template;

import org.opencsc.platform.validation.Problems;

/** Text as typed: required or optional, trimmed, never longer than the field allows. */
final class Texts {

    private Texts() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The trimmed text, or null with a problem when blank or too long. */
    static String required(String text, String field, String whenBlank, int max, Problems problems) {
        if (blank(text)) {
            problems.add(field, whenBlank);
            return null;
        }
        return optional(text, field, max, problems);
    }

    /** The trimmed text, null for blank; a problem when too long. */
    static String optional(String text, String field, int max, Problems problems) {
        if (blank(text)) {
            return null;
        }
        String t = text.strip();
        if (t.length() > max) {
            problems.add(field, "This must be " + max + " characters or fewer");
            return null;
        }
        return t;
    }
}

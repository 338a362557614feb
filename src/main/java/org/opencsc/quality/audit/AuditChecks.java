package org.opencsc.quality.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opencsc.platform.validation.Problems;
import org.opencsc.quality.Grade;
import org.opencsc.quality.Theme;

/** Reading the text of an audit form or request into grades, themes and ids, naming the field of anything refused. */
final class AuditChecks {

    static final int MAX_TEXT = 20_000;
    static final String GRADES = "Choose outstanding, good, requires improvement or inadequate";

    private AuditChecks() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trimToNull(String s) {
        return blank(s) ? null : s.trim();
    }

    static void maxLength(String text, String field, Problems problems) {
        if (text != null && text.length() > MAX_TEXT) {
            problems.add(field, "Enter " + MAX_TEXT + " characters or fewer");
        }
    }

    /** A grade as sent (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE), or null when none was given. */
    static Grade grade(String value, String field, Problems problems) {
        if (blank(value)) {
            return null;
        }
        String name = value.trim().toUpperCase(Locale.ROOT);
        if (Arrays.stream(Grade.values()).noneMatch(g -> g.name().equals(name))) {
            problems.add(field, GRADES);
            return null;
        }
        return Grade.valueOf(name);
    }

    static List<Theme> themes(List<String> values, Problems problems) {
        List<Theme> themes = new ArrayList<>();
        List<String> given = values == null ? List.of() : values;
        for (int i = 0; i < given.size(); i++) {
            String v = given.get(i) == null ? "" : given.get(i).trim();
            Theme theme = Arrays.stream(Theme.values()).filter(t -> t.name().equals(v)).findFirst().orElse(null);
            if (theme == null) {
                problems.add("themesFound[" + i + "]", "‘" + v + "’ is not a theme: choose from the themes listed");
            } else if (!themes.contains(theme)) {
                themes.add(theme);
            }
        }
        return themes;
    }

    /** A key of a map field (a question or section id) as a number; null, with a problem on the field, when it is not one. */
    static Long id(String key, String field, Map<Long, ?> known, String unknown, Problems problems) {
        try {
            long id = Long.parseLong(key.trim());
            if (known.containsKey(id)) {
                return id;
            }
        } catch (NumberFormatException e) {
            // Named below like an id that is not there: neither is a question of this audit.
        }
        problems.add(field + "." + key, unknown);
        return null;
    }
}

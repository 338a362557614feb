package org.opencsc.person;

import java.text.Normalizer;
import java.util.Locale;

/** Names reduced to what search compares: lower case, no accents, letters only. */
public final class Names {

    private Names() {
    }

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String stripped = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").replaceAll("\\s+", " ").trim();
    }

    public static String full(String given, String family) {
        return given == null || given.isBlank() ? family : given + " " + family;
    }
}

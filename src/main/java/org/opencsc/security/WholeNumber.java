package org.opencsc.security;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A whole number typed on an administration form: ASCII digits only, as platform's WholeNumbers
 * reads them for every other form (security cannot use platform, which depends on it). Java's own
 * parsing would take "+5" and any Unicode digit ("٣" as 3).
 */
final class WholeNumber {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private WholeNumber() {
    }

    /** The number, or empty for blank and for anything that is not a whole number of at most 18 digits. */
    static Optional<Long> of(String text) {
        if (text == null || !DIGITS.matcher(text.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text.strip()));
    }
}

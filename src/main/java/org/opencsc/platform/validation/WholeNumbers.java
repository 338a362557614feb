package org.opencsc.platform.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whole numbers as a form or a query string sends them: ASCII digits with an optional minus sign,
 * and nothing else. Java's own parsing is more generous than a form should be: it takes "+5",
 * and "٣" or "３" as 3 (any Unicode digit), and Spring's adds "0x10" and "#10" as hexadecimal, so a
 * hidden version or an id could arrive as something nobody typed and still be used. Blank is
 * "not given" (empty); anything else that is not a whole number in range is refused, never
 * rounded, truncated or defaulted.
 */
public final class WholeNumbers {

    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,19}");

    private WholeNumbers() {
    }

    /** Empty for blank; the number for a whole number that fits a long; otherwise an IllegalArgumentException. */
    public static Optional<Long> parseLong(String text) {
        if (DateParts.isBlank(text)) {
            return Optional.empty();
        }
        String s = text.strip();
        if (!WHOLE.matcher(s).matches()) {
            throw new IllegalArgumentException("‘" + shown(text) + "’ is not a whole number");
        }
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("‘" + shown(text) + "’ is too large", e);
        }
    }

    /** As {@link #parseLong}, for a number that must fit an int. */
    public static Optional<Integer> parseInt(String text) {
        Optional<Long> n = parseLong(text);
        if (n.isPresent() && (n.get() < Integer.MIN_VALUE || n.get() > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("‘" + shown(text) + "’ is too large");
        }
        return n.map(Long::intValue);
    }

    /** The number, or empty both for blank and for anything that is not a whole number (the caller says what it needs). */
    public static Optional<Long> longOrEmpty(String text) {
        try {
            return parseLong(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** As {@link #longOrEmpty}, for an int. */
    public static Optional<Integer> intOrEmpty(String text) {
        try {
            return parseInt(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String shown(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}

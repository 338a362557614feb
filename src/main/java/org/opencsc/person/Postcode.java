package org.opencsc.person;

/** UK postcodes, checked for shape (not against the Royal Mail file) and written in one form. */
public final class Postcode {

    private static final String PATTERN = "^(GIR0AA|[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][ABD-HJLNP-UW-Z]{2})$";

    private Postcode() {
    }

    public static boolean isValid(String input) {
        return compact(input).matches(PATTERN);
    }

    public static String normalise(String input) {
        String c = compact(input);
        return c.length() > 3 ? c.substring(0, c.length() - 3) + " " + c.substring(c.length() - 3) : c;
    }

    private static String compact(String input) {
        return input == null ? "" : input.replaceAll("\\s", "").toUpperCase();
    }
}

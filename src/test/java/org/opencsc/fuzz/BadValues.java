package org.opencsc.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Bad values for a field, by what the OpenAPI description says it is. Each is raw JSON (or, for
 * a parameter, raw percent-encoded text) and says whether the server must refuse it: a wrong
 * type, a fraction where a whole number goes, a number too large for its type, a control
 * character, half a surrogate pair, a null inside a list or a date outside 1900-2100 must never
 * be accepted (a 2xx means it was coerced). A long string, an empty one or a null may be either
 * accepted or refused with a named field.
 */
final class BadValues {

    record Bad(String what, String raw, boolean mustReject) {
    }

    static final int LONG_TEXT = 20_000;
    private static final Pattern DATE_NAME = Pattern.compile(".*On|.*Date|dateOfBirth|.*[sS]ince|from|to|on");
    private static final Pattern INSTANT_NAME = Pattern.compile(".*At");
    private static final Pattern TIME_NAME = Pattern.compile(".*Time");

    private BadValues() {
    }

    static boolean isDate(String name, JsonNode schema) {
        return "date".equals(schema.path("format").asString("")) || DATE_NAME.matcher(name).matches();
    }

    static boolean isInstant(String name, JsonNode schema) {
        return "date-time".equals(schema.path("format").asString("")) || INSTANT_NAME.matcher(name).matches();
    }

    static boolean isTime(String name) {
        return TIME_NAME.matcher(name).matches();
    }

    /** Bad JSON values for a scalar field of this type; arrays and objects are walked by the caller. */
    static List<Bad> forScalar(String name, String type, String format, JsonNode schema) {
        List<Bad> bad = new ArrayList<>();
        bad.add(new Bad("null", "null", false));
        bad.add(new Bad("an object", "{}", true));
        bad.add(new Bad("a list", "[1]", true));
        switch (type) {
            case "integer" -> {
                bad.add(new Bad("a fraction", "1.5", true));
                bad.add(new Bad("a fraction that looks whole", "2.0", true));
                bad.add(new Bad("an exponent", "1e3", true));
                bad.add(new Bad("a number in a string", "\"1\"", true));
                bad.add(new Bad("an empty string", "\"\"", true));
                bad.add(new Bad("a boolean", "true", true));
                bad.add(new Bad("a negative number", "-1", false));
                bad.add(new Bad("one more than int32", "2147483648", "int32".equals(format)));
                bad.add(new Bad("one more than int64", "9223372036854775808", true));
                bad.add(new Bad("a huge number", "1" + "0".repeat(40), true));
            }
            case "number" -> {
                bad.add(new Bad("a number in a string", "\"1.5\"", true));
                bad.add(new Bad("a boolean", "true", true));
                bad.add(new Bad("a huge exponent", "1e400", false));
            }
            case "boolean" -> {
                bad.add(new Bad("a boolean in a string", "\"true\"", true));
                bad.add(new Bad("a number", "1", true));
                bad.add(new Bad("zero", "0", true));
                bad.add(new Bad("yes", "\"yes\"", true));
                bad.add(new Bad("an empty string", "\"\"", true));
            }
            default -> {
                bad.add(new Bad("a number", "12345", true));
                bad.add(new Bad("a fraction", "1.5", true));
                bad.add(new Bad("a boolean", "false", true));
                bad.add(new Bad("a NUL byte", "\"a\\u0000b\"", true));
                bad.add(new Bad("a control character", "\"a\\u0001b\"", true));
                bad.add(new Bad("an escape sequence", "\"\\u001b[31mred\"", true));
                bad.add(new Bad("half a surrogate pair", "\"a\\ud800b\"", true));
                bad.add(new Bad("tab and new lines", "\"a\\tb\\r\\nc\"", false));
                bad.add(new Bad("an empty string", "\"\"", false));
                bad.add(new Bad("spaces", "\"   \"", false));
                bad.add(new Bad("a very long string", "\"" + "x".repeat(LONG_TEXT) + "\"", false));
                if (isInstant(name, schema)) {
                    for (String t : List.of("-0001-01-01T10:00:00Z", "0000-01-01T10:00:00Z", "+99999-01-01T10:00:00Z",
                            "1899-12-31T10:00:00Z", "2026-02-30T10:00:00Z", "yesterday")) {
                        bad.add(new Bad("the instant " + t, "\"" + t + "\"", true));
                    }
                } else if (isDate(name, schema)) {
                    for (String d : List.of("-0001-01-01", "0000-01-01", "99999-01-01", "+99999-01-01", "1899-12-31",
                            "2101-01-01", "2026-02-30", "2026-13-01", "01/02/2026", "tomorrow")) {
                        bad.add(new Bad("the date " + d, "\"" + d + "\"", true));
                    }
                } else if (isTime(name)) {
                    for (String t : List.of("25:00", "10:60", "-1:00", "noon")) {
                        bad.add(new Bad("the time " + t, "\"" + t + "\"", true));
                    }
                }
            }
        }
        return bad;
    }

    /** Bad values for a whole list: each item's bad values are made by the caller from the item schema. */
    static List<Bad> forArray() {
        return List.of(new Bad("a null item", "[null]", true), new Bad("a null item after another", "[null, null]", true),
                new Bad("a string for the list", "\"x\"", true), new Bad("an object for the list", "{}", true),
                new Bad("a number for the list", "7", true), new Bad("an empty list", "[]", false),
                new Bad("null", "null", false));
    }

    static List<Bad> forObject() {
        return List.of(new Bad("a string for the object", "\"x\"", true), new Bad("a number for the object", "3", true),
                new Bad("a list for the object", "[]", true), new Bad("an empty object", "{}", false),
                new Bad("null", "null", false));
    }

    /** For a map (additionalProperties): a key holding a NUL byte. */
    static Bad mapKeyWithNul(String value) {
        return new Bad("a NUL byte in a key", "{\"k\\u0000\": " + value + "}", true);
    }

    /** Bad values for a path or query parameter, percent-encoded as a client would send them. */
    static List<Bad> forParam(String name, JsonNode schema, boolean inPath) {
        String type = schema.path("type").asString("string");
        if ("array".equals(type)) {
            type = schema.path("items").path("type").asString("string");
        }
        List<Bad> bad = new ArrayList<>();
        bad.add(new Bad("a NUL byte", "a%00b", true));
        bad.add(new Bad("a control character", "a%01b", true));
        bad.add(new Bad("an overlong value", "9".repeat(10_000), !"string".equals(type)));
        if ("integer".equals(type)) {
            bad.add(new Bad("a word", "abc", true));
            bad.add(new Bad("a fraction", "1.5", true));
            bad.add(new Bad("a huge number", "1" + "0".repeat(30), true));
            bad.add(new Bad("a negative number", "-1", false));
            if (!inPath) {
                bad.add(new Bad("empty", "", false));
            }
        } else {
            bad.add(new Bad("a very long string", "x".repeat(10_000), false));
            bad.add(new Bad("a percent sign", "%25", false));
            bad.add(new Bad("an underscore and percent", "_%25_", false));
            if (isDate(name, schema)) {
                for (String d : List.of("-0001-01-01", "0000-01-01", "99999-01-01", "1899-12-31", "2026-02-30", "tomorrow")) {
                    bad.add(new Bad("the date " + d, d, true));
                }
            }
        }
        return bad;
    }
}

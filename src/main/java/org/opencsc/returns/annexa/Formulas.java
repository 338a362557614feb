package org.opencsc.returns.annexa;

/**
 * The guard against formula injection ("CSV injection", OWASP), for CSV and the workbook's text
 * cells alike: a value that starts the way a formula does (= + - @, or a tab or carriage return
 * some spreadsheets strip first) is given a leading apostrophe, which spreadsheets show as text.
 * A worker's or team's name is typed by people, so it is never trusted to be inert.
 */
final class Formulas {

    private Formulas() {
    }

    static String guarded(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }
}

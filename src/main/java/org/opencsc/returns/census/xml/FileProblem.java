package org.opencsc.returns.census.xml;

/**
 * Something wrong with a census file as a file (not XML, truncated, not UTF-8, too large, not in
 * the shape the schema gives, an unknown code), where it is and what it means in plain English.
 * {@code line} and {@code column} count from 1 as an editor does; the column is counted in
 * characters.
 */
public record FileProblem(int line, int column, String message) {

    /** "Line 12, column 7: ..." as shown in a report. */
    @Override
    public String toString() {
        return "Line " + line + ", column " + column + ": " + message;
    }
}

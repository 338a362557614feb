package org.opencsc.returns.annexa;

/** A list's column: its heading as the template has it, and what its cells hold. */
public record Column(String heading, Kind kind) {

    public enum Kind {
        /** Text, including the template's coded values ("a) Yes", "N1 - Abuse or neglect"). */
        TEXT,
        /** A date: a real date in the workbook, YYYY-MM-DD in CSV. */
        DATE,
        /** A whole number. */
        NUMBER
    }

    static Column text(String heading) {
        return new Column(heading, Kind.TEXT);
    }

    static Column date(String heading) {
        return new Column(heading, Kind.DATE);
    }

    static Column number(String heading) {
        return new Column(heading, Kind.NUMBER);
    }
}

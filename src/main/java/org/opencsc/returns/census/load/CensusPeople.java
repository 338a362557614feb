package org.opencsc.returns.census.load;

/** How census identifiers are kept on a person (brief: Sex M→1, F→2, U→0, as the export reads them back). */
final class CensusPeople {

    /** The census gives no names: the record says so until the council adds the child's name. */
    static final String NAME_NOT_KNOWN = "Name not known";

    private CensusPeople() {
    }

    static String gender(String sex) {
        if (sex == null) {
            return "0";
        }
        return switch (sex) {
            case "M" -> "1";
            case "F" -> "2";
            default -> "0";
        };
    }
}

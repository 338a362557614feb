package org.opencsc.returns.census.export;

import java.util.ArrayList;
import java.util.List;

/**
 * What the DfE schema requires of a child that OpenCSC's record may lack. A child without it
 * cannot be written as a valid message, and a value must never be invented for them (NOBT is
 * a fact someone records, not a default), so they are listed with what to record instead.
 * Items the schema lets be absent (a date of birth, a UPN) are exported missing, for the DfE
 * rules to report on the child's record.
 */
final class SchemaRequirements {

    private SchemaRequirements() {
    }

    /** The census Sex from the record's gender: 1 male, 2 female, 0 not known and 9 not specified both U. */
    static String sex(String gender) {
        if (gender == null) {
            return null;
        }
        return switch (gender) {
            case "1" -> "M";
            case "2" -> "F";
            case "0", "9" -> "U";
            default -> null;
        };
    }

    /** What to record before the child can be exported, one sentence each; empty when nothing is missing. */
    static List<String> missing(CensusRows.PersonRow person) {
        List<String> missing = new ArrayList<>();
        if (person.ethnicity() == null || person.ethnicity().isBlank()) {
            missing.add("No ethnicity is recorded, and the census cannot be sent without one: record the child's "
                    + "ethnicity on their record (\"Information not yet obtained\" or \"Refused\" if that is the case).");
        }
        if (sex(person.gender()) == null) {
            missing.add("The recorded gender (" + person.gender() + ") is not one the census can send: record the "
                    + "child's gender as male, female, not known or not specified.");
        }
        return missing;
    }
}

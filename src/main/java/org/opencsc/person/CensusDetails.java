package org.opencsc.person;

import java.time.LocalDate;
import java.util.List;

/**
 * A child's Children in Need census identifiers and characteristics as the census will send
 * them. {@code laChildId} is the stable LAchildID (the record's id unless the child came from
 * another system's census); {@code sex} is the census Sex derived from the gender recorded
 * (M, F, or U for not known and not specified). {@code version} is the person's, for
 * optimistic locking.
 */
public record CensusDetails(
        long personId,
        String laChildId,
        String upn,
        String formerUpn,
        UpnUnknownReason upnUnknownReason,
        LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth,
        Gender gender,
        LocalDate dateOfDeath,
        Ethnicity ethnicity,
        List<Disability> disabilities,
        int version) {

    public String sex() {
        return switch (gender) {
            case MALE -> "M";
            case FEMALE -> "F";
            case NOT_KNOWN, NOT_SPECIFIED -> "U";
        };
    }

    public String sexLabel() {
        return switch (gender) {
            case MALE -> "M (male)";
            case FEMALE -> "F (female)";
            case NOT_KNOWN, NOT_SPECIFIED -> "U (" + gender.label().toLowerCase() + ")";
        };
    }

    /** The census items a worker edits here; the others come from the rest of the record. */
    public record Change(String formerUpn, String upnUnknownReason, LocalDate dateOfDeath, Integer version) {
    }
}

package org.opencsc.person;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;

/**
 * The "add a person" page exactly as typed, strings throughout, so that whatever is wrong
 * can be shown back with the user's own input intact.
 */
public record PersonForm(
        String child,
        String givenName,
        String familyName,
        String formerGivenName,
        String formerFamilyName,
        String dateOfBirthDay, String dateOfBirthMonth, String dateOfBirthYear,
        String expectedDateOfBirthDay, String expectedDateOfBirthMonth, String expectedDateOfBirthYear,
        String gender,
        String ethnicity,
        String nhsNumber,
        String upn,
        String firstLanguage,
        String religion,
        List<String> disabilities,
        String addressLine1,
        String addressLine2,
        String town,
        String postcode,
        String relatedTo,
        String relationshipType,
        String parentalResponsibility,
        String duplicatesChecked,
        String next) {

    public static PersonForm empty(String relatedTo) {
        return new PersonForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, List.of(), null, null, null, null, relatedTo, null, null, null, null);
    }

    public static PersonForm then(String next) {
        return new PersonForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, List.of(), null, null, null, null, null, null, null, null, next);
    }

    /** After saving: record a contact about the new child (from the front door), or show the record. */
    public boolean continuesToContact() {
        return "contact".equals(next);
    }

    public List<String> disabilitiesOrEmpty() {
        return disabilities == null ? List.of() : disabilities;
    }

    public boolean hasDisability(String code) {
        return disabilitiesOrEmpty().contains(code);
    }

    public boolean confirmedNew() {
        return "true".equals(duplicatesChecked);
    }

    /** Reads the form into a PersonInput, adding a problem for each date that is not a date. */
    public PersonInput toInput(Problems problems) {
        var dob = DateParts.fromParts(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear, "dateOfBirth", "Date of birth", problems);
        var edob = DateParts.fromParts(expectedDateOfBirthDay, expectedDateOfBirthMonth, expectedDateOfBirthYear,
                "expectedDateOfBirth", "Expected date of birth", problems);
        List<PersonInput.Name> former = new ArrayList<>();
        if (!DateParts.isBlank(formerGivenName) || !DateParts.isBlank(formerFamilyName)) {
            former.add(new PersonInput.Name(formerGivenName, formerFamilyName));
        }
        Boolean isChild = "yes".equals(child) ? Boolean.TRUE : "no".equals(child) ? Boolean.FALSE : null;
        return new PersonInput(isChild, givenName, familyName, former, dob, edob, gender, ethnicity, nhsNumber, upn,
                firstLanguage, religion, disabilitiesOrEmpty(),
                new PersonInput.AddressInput(addressLine1, addressLine2, town, postcode, null));
    }
}

package org.opencsc.person;

import java.time.LocalDate;
import java.util.List;

/** What is needed to create a person, once dates have been read from the form or the JSON. */
public record PersonInput(
        Boolean child,
        String givenName,
        String familyName,
        List<Name> formerNames,
        LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth,
        String gender,
        String ethnicity,
        String nhsNumber,
        String upn,
        String firstLanguage,
        String religion,
        List<String> disabilities,
        AddressInput address) {

    public record Name(String givenName, String familyName) {
    }

    public record AddressInput(String line1, String line2, String town, String postcode, LocalDate since) {
        public boolean isEmpty() {
            return blank(line1) && blank(line2) && blank(town) && blank(postcode);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public List<Name> formerNamesOrEmpty() {
        return formerNames == null ? List.of() : formerNames;
    }

    public List<String> disabilitiesOrEmpty() {
        return disabilities == null ? List.of() : disabilities;
    }
}

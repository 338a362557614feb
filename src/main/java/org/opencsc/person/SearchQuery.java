package org.opencsc.person;

import java.time.LocalDate;

/** What someone searched by: any of a name, a date of birth and an NHS number. */
public record SearchQuery(String name, LocalDate dateOfBirth, String nhsNumber) {

    public boolean isEmpty() {
        return (name == null || Names.normalise(name).isEmpty()) && dateOfBirth == null
                && (nhsNumber == null || nhsNumber.isBlank());
    }
}

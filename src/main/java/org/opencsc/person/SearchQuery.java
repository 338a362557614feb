package org.opencsc.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What someone searched by: any of a name, a date of birth and an NHS number. */
public record SearchQuery(String name, LocalDate dateOfBirth, String nhsNumber) {

    /** Enough of what was typed to see what was looked for; a pasted essay is cut short. */
    private static final int MAX_LOGGED = 500;

    public boolean isEmpty() {
        return (name == null || Names.normalise(name).isEmpty()) && dateOfBirth == null
                && (nhsNumber == null || nhsNumber.isBlank());
    }

    /** The terms as the access log keeps them. */
    String describe() {
        List<String> terms = new ArrayList<>();
        if (name != null && !name.isBlank()) {
            terms.add("name \"" + name.trim() + "\"");
        }
        if (dateOfBirth != null) {
            terms.add("date of birth " + dateOfBirth);
        }
        if (nhsNumber != null && !nhsNumber.isBlank()) {
            terms.add("NHS number " + nhsNumber.trim());
        }
        String all = String.join(", ", terms);
        return all.length() <= MAX_LOGGED ? all : all.substring(0, MAX_LOGGED) + "…";
    }
}

package org.opencsc.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.platform.validation.Problems;

/** What someone searched by: any of a name, a date of birth and an NHS number. */
public record SearchQuery(String name, LocalDate dateOfBirth, String nhsNumber) {

    /** Enough of what was typed to see what was looked for; a pasted essay is cut short. */
    private static final int MAX_LOGGED = 500;

    /** No name is longer than this; a longer "name" is a paste gone wrong, not a search. */
    public static final int MAX_NAME = PersonRules.MAX_NAME;
    private static final int MAX_NHS_NUMBER = 20;

    /** Adds a problem for a name or NHS number too long to be one, under the page's or the API's field names. */
    public void checkLength(String nameField, String nhsNumberField, Problems problems) {
        if (name != null && name.length() > MAX_NAME) {
            problems.add(nameField, "Search by a name of " + MAX_NAME + " characters or fewer");
        }
        if (nhsNumber != null && nhsNumber.length() > MAX_NHS_NUMBER) {
            problems.add(nhsNumberField, "An NHS number has 10 digits");
        }
    }

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

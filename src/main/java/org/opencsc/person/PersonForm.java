package org.opencsc.person;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.springframework.web.util.UriComponentsBuilder;

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

    /**
     * A new person's form started from a search: the name searched for (the last word as the family
     * name, as search reads it) and the date of birth, so nothing is typed twice.
     */
    public static PersonForm searchedFor(String name, String dobDay, String dobMonth, String dobYear, String next) {
        String[] split = splitName(name);
        String given = split[0];
        String family = split[1];
        return new PersonForm("contact".equals(next) ? "yes" : null, given, family, null, null, dobDay, dobMonth, dobYear,
                null, null, null, null, null, null, null, null, null, List.of(), null, null, null, null, null, null, null,
                null, next);
    }

    /** Lower-case words that begin a family name ("de la Cruz", "van der Berg", "bin Salman"). */
    private static final java.util.Set<String> FAMILY_NAME_PARTICLES = java.util.Set.of(
            "de", "da", "di", "do", "dos", "das", "du", "del", "della", "la", "le", "van", "von", "der", "den", "ter",
            "bin", "ibn", "binti", "al", "el", "ap");

    /**
     * Given and family name as a person searching would mean them: "Smith, John" is family name
     * first; "Mary Ann de la Cruz" keeps its particles with the family name; a Chinese name typed
     * without a space ("王秀英") is family name first, one character; otherwise the last word.
     */
    static String[] splitName(String name) {
        String trimmed = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (trimmed.isEmpty()) {
            return new String[] {null, null};
        }
        int comma = trimmed.indexOf(',');
        if (comma >= 0) {
            String family = trimmed.substring(0, comma).strip();
            String given = trimmed.substring(comma + 1).strip();
            return new String[] {given.isEmpty() ? null : given, family.isEmpty() ? null : family};
        }
        String[] chinese = Names.chineseRun(trimmed);
        if (chinese != null) {
            return chinese;
        }
        String[] words = trimmed.split(" ");
        int start = words.length - 1;
        while (start > 1 && FAMILY_NAME_PARTICLES.contains(words[start - 1])) {
            start--;
        }
        String given = start == 0 ? null : String.join(" ", java.util.Arrays.copyOfRange(words, 0, start));
        return new String[] {given, String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length))};
    }

    /** The new-person form's address, filled in with the name and date of birth just searched for. */
    public static String addressFor(SearchQuery query, String next) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/people/new");
        if (next != null) {
            uri.queryParam("next", next);
        }
        if (query.name() != null && !query.name().isBlank()) {
            uri.queryParam("name", query.name().strip());
        }
        if (query.dateOfBirth() != null) {
            uri.queryParam("dobDay", query.dateOfBirth().getDayOfMonth()).queryParam("dobMonth", query.dateOfBirth().getMonthValue())
                    .queryParam("dobYear", query.dateOfBirth().getYear());
        }
        return uri.encode().build().toUriString();
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

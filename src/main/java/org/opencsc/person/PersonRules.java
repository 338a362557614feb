package org.opencsc.person;

import java.time.LocalDate;
import org.opencsc.platform.validation.Problems;

/** The checks every new person passes, whether typed on a page or sent to the API. */
final class PersonRules {

    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 200;

    private PersonRules() {
    }

    static void check(PersonInput in, LocalDate today, Problems problems) {
        if (in.child() == null) {
            problems.add("child", "Select whether this person is a child or an adult");
        }
        boolean unborn = in.dateOfBirth() == null && in.expectedDateOfBirth() != null;
        if (PersonInput.blank(in.givenName()) && !unborn) {
            problems.add("givenName", "Enter a first name");
        }
        if (PersonInput.blank(in.familyName())) {
            problems.add("familyName", "Enter a last name");
        }
        length(in.givenName(), "givenName", "First name", MAX_NAME, problems);
        length(in.familyName(), "familyName", "Last name", MAX_NAME, problems);
        for (PersonInput.Name former : in.formerNamesOrEmpty()) {
            if (former == null) {
                // Only the API can send this ("formerNames": [null]); it was a NullPointerException and a 500.
                problems.add("formerFamilyName", "Enter the former last name, or leave the former name empty");
                continue;
            }
            if (PersonInput.blank(former.familyName())) {
                problems.add("formerFamilyName", "Enter the former last name, or leave the former name empty");
            }
            length(former.familyName(), "formerFamilyName", "Former last name", MAX_NAME, problems);
            length(former.givenName(), "formerGivenName", "Former first name", MAX_NAME, problems);
        }
        if (in.dateOfBirth() != null) {
            if (in.dateOfBirth().isAfter(today)) {
                problems.add("dateOfBirth", "Date of birth must be today or in the past");
            } else if (in.dateOfBirth().isBefore(today.minusYears(120))) {
                problems.add("dateOfBirth", "Date of birth must be within the last 120 years");
            } else if (Boolean.TRUE.equals(in.child()) && in.dateOfBirth().isBefore(today.minusYears(25))) {
                problems.add("dateOfBirth", "A child's date of birth must be within the last 25 years (care leavers are supported to 25)");
            }
        }
        if (in.expectedDateOfBirth() != null) {
            if (in.dateOfBirth() != null) {
                problems.add("expectedDateOfBirth", "Enter a date of birth or an expected date of birth, not both");
            } else if (in.expectedDateOfBirth().isBefore(today.minusMonths(1))
                    || in.expectedDateOfBirth().isAfter(today.plusMonths(10))) {
                problems.add("expectedDateOfBirth", "Expected date of birth must be within the next 10 months");
            }
        }
        if (Boolean.TRUE.equals(in.child()) && in.dateOfBirth() == null && in.expectedDateOfBirth() == null
                && !problems.has("dateOfBirth")) {
            problems.add("dateOfBirth", "Enter the child's date of birth, or an expected date of birth for an unborn child");
        }
        if (in.gender() != null && !in.gender().isBlank() && Gender.fromCode(in.gender()).isEmpty()) {
            problems.add("gender", "Select a gender from the list");
        }
        if (in.ethnicity() != null && !in.ethnicity().isBlank() && Ethnicity.fromCode(in.ethnicity()).isEmpty()) {
            problems.add("ethnicity", "Select an ethnicity from the list (DfE codes such as WBRI)");
        }
        if (!PersonInput.blank(in.nhsNumber()) && !NhsNumber.isValid(in.nhsNumber())) {
            problems.add("nhsNumber", NhsNumber.normalise(in.nhsNumber()).matches("\\d{10}")
                    ? "NHS number is not valid: check the digits (the last digit is a check digit)"
                    : "NHS number must be 10 digits, like 943 476 5919");
        }
        if (!PersonInput.blank(in.upn()) && !UniquePupilNumber.isValid(in.upn())) {
            problems.add("upn", UniquePupilNumber.normalise(in.upn()).length() == 13
                    ? "Unique Pupil Number is not valid: its check letter does not match"
                    : "Unique Pupil Number must be 13 characters: a letter then 12 digits");
        }
        length(in.firstLanguage(), "firstLanguage", "First language", MAX_NAME, problems);
        length(in.religion(), "religion", "Religion", MAX_NAME, problems);
        for (String code : in.disabilitiesOrEmpty()) {
            if (Disability.fromCode(code).isEmpty()) {
                problems.add("disabilities", "Unknown disability code " + code);
            }
        }
        PersonInput.AddressInput a = in.address();
        if (a != null && !a.isEmpty()) {
            checkAddress(a, today, problems);
        }
    }

    static void checkAddress(PersonInput.AddressInput a, LocalDate today, Problems problems) {
        if (PersonInput.blank(a.line1())) {
            problems.add("addressLine1", "Enter the first line of the address");
        }
        if (PersonInput.blank(a.postcode())) {
            problems.add("postcode", "Enter a postcode");
        } else if (!Postcode.isValid(a.postcode())) {
            problems.add("postcode", "Enter a real postcode, like LS1 4AP");
        }
        length(a.line1(), "addressLine1", "Address line 1", MAX_TEXT, problems);
        length(a.line2(), "addressLine2", "Address line 2", MAX_TEXT, problems);
        length(a.town(), "town", "Town or city", MAX_NAME, problems);
        if (a.since() != null && a.since().isAfter(today)) {
            problems.add("addressSince", "The date they moved in must be today or in the past");
        }
    }

    private static void length(String value, String field, String label, int max, Problems problems) {
        if (value != null && value.length() > max) {
            problems.add(field, label + " must be " + max + " characters or fewer");
        }
    }
}

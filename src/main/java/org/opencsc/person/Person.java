package org.opencsc.person;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** A person's record as read: a child or an adult in the child's world. */
public record Person(
        long id,
        boolean child,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth,
        Gender gender,
        Ethnicity ethnicity,
        String nhsNumber,
        String upn,
        String firstLanguage,
        String religion,
        boolean restricted,
        Long mergedInto,
        Instant createdAt,
        int version,
        List<OtherName> otherNames,
        List<Address> addresses,
        List<Disability> disabilities) {

    public record OtherName(String kind, String givenName, String familyName) {
        public String fullName() {
            return Names.full(givenName, familyName);
        }
    }

    public record Address(long id, String line1, String line2, String town, String postcode,
                          LocalDate startDate, LocalDate endDate) {
        public String oneLine() {
            StringBuilder s = new StringBuilder(line1);
            if (line2 != null && !line2.isBlank()) {
                s.append(", ").append(line2);
            }
            if (town != null && !town.isBlank()) {
                s.append(", ").append(town);
            }
            return s.append(", ").append(postcode).toString();
        }

        public boolean current() {
            return endDate == null;
        }
    }

    public String fullName() {
        if (givenName == null || givenName.isBlank()) {
            return expectedDateOfBirth != null ? "Unborn baby " + familyName : familyName;
        }
        return givenName + " " + familyName;
    }

    public boolean unborn() {
        return dateOfBirth == null && expectedDateOfBirth != null;
    }

    /** Age in whole years today, or null when the date of birth is not known. */
    public Integer ageOn(LocalDate day) {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, day).getYears();
    }

    public Address currentAddress() {
        return addresses.stream().filter(Address::current).findFirst().orElse(null);
    }

    public String formattedNhsNumber() {
        return nhsNumber == null ? null
                : nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6);
    }
}

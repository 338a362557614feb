package org.opencsc.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.platform.web.Dates;

/**
 * Whether two records can be one person's, checked before the merge button is shown and again
 * when the merge is made (page and API alike). A merge is of two records of the same person:
 * <ul>
 * <li>{@code refusals} make that impossible (a child's record and an adult's, two different NHS
 * numbers, a record already merged): no merge, whatever the user says;</li>
 * <li>{@code conflicts} make it doubtful (different dates of birth, so different ages; records
 * linked to each other as family, as twins are): the user is shown them and merges only by
 * confirming they have checked;</li>
 * <li>{@code notes} say what the merge will do that the user may not expect (which address stays
 * current).</li>
 * </ul>
 */
public record MergeCheck(List<String> refusals, List<String> conflicts, List<String> notes) {

    static MergeCheck of(Person kept, Person merged, String linkedAs, LocalDate today) {
        List<String> refusals = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String other = "record " + merged.id();
        if (kept.id() == merged.id()) {
            refusals.add("Choose a different record to merge: a record cannot be merged with itself");
            return new MergeCheck(refusals, conflicts, notes);
        }
        if (kept.mergedInto() != null) {
            refusals.add("This record was merged into record " + kept.mergedInto() + ": merge into that record instead");
        }
        if (merged.mergedInto() != null) {
            refusals.add("Record " + merged.id() + " has already been merged into record " + merged.mergedInto());
        }
        if (kept.child() != merged.child()) {
            refusals.add("A child's record cannot be merged with an adult's: " + (kept.child() ? "this is a child's record and "
                    + other + " is an adult's" : "this is an adult's record and " + other + " is a child's"));
        }
        if (present(kept.nhsNumber()) && present(merged.nhsNumber())
                && !NhsNumber.normalise(kept.nhsNumber()).equals(NhsNumber.normalise(merged.nhsNumber()))) {
            refusals.add("These records have different NHS numbers (" + kept.formattedNhsNumber() + " on this record, "
                    + merged.formattedNhsNumber() + " on " + other + "). Different NHS numbers mean different people, so they "
                    + "cannot be merged. If one number was recorded wrongly, it must be corrected first.");
        }
        if (kept.dateOfBirth() != null && merged.dateOfBirth() != null && !kept.dateOfBirth().equals(merged.dateOfBirth())) {
            conflicts.add("The dates of birth differ: " + Dates.govuk(kept.dateOfBirth()) + " on this record (aged "
                    + kept.ageOn(today) + "), " + Dates.govuk(merged.dateOfBirth()) + " on " + other + " (aged "
                    + merged.ageOn(today) + ")" + (swapped(kept.dateOfBirth(), merged.dateOfBirth())
                    ? ", the day and month swapped" : "") + ". This record's date of birth stays.");
        }
        if (linkedAs != null) {
            conflicts.add("These records are linked to each other: " + other + " is recorded as this person's "
                    + linkedAs.toLowerCase() + ". Two linked records are usually two people (twins, for example).");
        }
        Person.Address keptAddress = kept.currentAddress();
        Person.Address mergedAddress = merged.currentAddress();
        if (keptAddress != null && mergedAddress != null) {
            notes.add(sameAddress(keptAddress, mergedAddress)
                    ? "Both records have this address as current: " + other + "'s entry becomes a past address."
                    : "Both records have a current address. This record's (" + keptAddress.oneLine() + ") stays current; "
                    + other + "'s (" + mergedAddress.oneLine() + ") becomes a past address, ending on the day of the merge. "
                    + "If that is where they live now, record the move after merging.");
        }
        return new MergeCheck(List.copyOf(refusals), List.copyOf(conflicts), List.copyOf(notes));
    }

    public boolean refused() {
        return !refusals.isEmpty();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static boolean swapped(LocalDate a, LocalDate b) {
        return a.getYear() == b.getYear() && a.getDayOfMonth() == b.getMonthValue() && a.getMonthValue() == b.getDayOfMonth();
    }

    private static boolean sameAddress(Person.Address a, Person.Address b) {
        return a.line1().trim().equalsIgnoreCase(b.line1().trim())
                && Postcode.normalise(a.postcode()).equals(Postcode.normalise(b.postcode()));
    }
}

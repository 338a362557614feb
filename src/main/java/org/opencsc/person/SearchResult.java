package org.opencsc.person;

import java.time.LocalDate;
import java.util.List;

/**
 * A search result as the user may see it: in full when they may open the record, with what
 * tells two people of one name apart ({@link Details}); otherwise only that a record matches,
 * and how strongly, with nothing that identifies the person (not even the record's ID).
 * Restricted records the user is not named on are not results at all.
 */
public record SearchResult(Long id, String name, String matchedName, String matchedKind, Boolean child,
                           LocalDate dateOfBirth, Gender gender, String postcode, double score, boolean canOpen,
                           Details details) {

    /** Whether the person has been referred, and if so whether a referral is still open. */
    public enum CaseState {
        OPEN("Open case"), CLOSED("Closed case"), NONE("No referral");

        private final String label;

        CaseState(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * What tells two children of one name apart, for a record the user may open: the current
     * address, the parents (named only when the user may open the parent's record too; the rest
     * counted), the school where one is recorded, and whether the case is open.
     */
    public record Details(String address, List<String> parents, int parentsNotShown, String school, CaseState caseState) {

        static final Details NONE = new Details(null, List.of(), 0, null, CaseState.NONE);
    }

    static SearchResult of(PersonMatch m) {
        return new SearchResult(m.id(), m.name(), m.matchedName(), m.matchedKind(), m.child(), m.dateOfBirth(), m.gender(),
                m.postcode(), m.score(), true, Details.NONE);
    }

    static SearchResult withheld(PersonMatch m) {
        return new SearchResult(null, null, null, null, null, null, null, null, m.score(), false, null);
    }

    SearchResult with(Details more) {
        return new SearchResult(id, name, matchedName, matchedKind, child, dateOfBirth, gender, postcode, score, canOpen, more);
    }

    public boolean foundByOtherName() {
        return canOpen && matchedKind != null && !"CURRENT".equals(matchedKind);
    }
}

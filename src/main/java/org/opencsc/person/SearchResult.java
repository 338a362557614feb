package org.opencsc.person;

import java.time.LocalDate;

/**
 * A search result as the user may see it: in full when they may open the record; otherwise
 * only that a record matches, and how strongly, with nothing that identifies the person (not
 * even the record's ID). Restricted records the user is not named on are not results at all.
 */
public record SearchResult(Long id, String name, String matchedName, String matchedKind, Boolean child,
                           LocalDate dateOfBirth, Gender gender, String postcode, double score, boolean canOpen) {

    static SearchResult of(PersonMatch m) {
        return new SearchResult(m.id(), m.name(), m.matchedName(), m.matchedKind(), m.child(), m.dateOfBirth(), m.gender(),
                m.postcode(), m.score(), true);
    }

    static SearchResult withheld(PersonMatch m) {
        return new SearchResult(null, null, null, null, null, null, null, null, m.score(), false);
    }

    public boolean foundByOtherName() {
        return canOpen && matchedKind != null && !"CURRENT".equals(matchedKind);
    }
}

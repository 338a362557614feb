package org.opencsc.person;

import java.time.LocalDate;

/**
 * A search result. matchedName is the name that matched (a former name or alias, when that is
 * how the person was found); score runs 0..1, highest first.
 */
public record PersonMatch(
        long id,
        String name,
        String matchedName,
        String matchedKind,
        boolean child,
        LocalDate dateOfBirth,
        Gender gender,
        String postcode,
        boolean restricted,
        double score) {

    public boolean foundByOtherName() {
        return matchedKind != null && !"CURRENT".equals(matchedKind);
    }
}

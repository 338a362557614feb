package org.opencsc.visit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A visit as recorded, once read from the request: one visit, listing each child of the sibling
 * group it was for. {@code visitor} is optional: the recording user visited unless told otherwise.
 */
public record VisitInput(
        LocalDate visitedOn,
        LocalTime visitedTime,
        String visitor,
        VisitorRole visitorRole,
        VisitType visitType,
        VisitPlace place,
        String placeOther,
        String observations,
        List<Child> children) {

    /**
     * One child of the visit: seen or not, seen alone (only when seen), what they said, and the
     * ids of the outcomes of the child's current plan the visit worked towards.
     */
    public record Child(Long personId, Boolean seen, Boolean seenAlone, String childWords, List<String> outcomeIds) {

        public Child {
            outcomeIds = outcomeIds == null ? List.of() : outcomeIds.stream().distinct().toList();
        }
    }
}

package org.opencsc.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A recorded visit and, for each child it was for, whether they were seen (and alone) and what they said. */
public record Visit(
        long id,
        LocalDate visitedOn,
        LocalTime visitedTime,
        String visitor,
        VisitorRole visitorRole,
        VisitType visitType,
        VisitPlace place,
        String placeOther,
        String observations,
        String recordedBy,
        Instant recordedAt,
        List<ChildSeen> children) {

    public record ChildSeen(long personId, String name, boolean seen, boolean seenAlone, String childWords) {

        public String seenLabel() {
            return !seen ? "Not seen" : seenAlone ? "Seen alone" : "Seen, not alone";
        }
    }

    public String where() {
        return place == VisitPlace.OTHER ? placeOther : place.label();
    }

    public boolean isFor(long personId) {
        return children.stream().anyMatch(c -> c.personId() == personId);
    }
}

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

    /** {@code outcomes}: the child's plan outcomes the visit worked towards, as they read on the day. */
    public record ChildSeen(long personId, String name, boolean seen, boolean seenAlone, String childWords,
                            List<OutcomeLink> outcomes) {

        public String seenLabel() {
            return !seen ? "Not seen" : seenAlone ? "Seen alone" : "Seen, not alone";
        }
    }

    /** A plan outcome the visit worked towards: the plan's id for it and its text when the visit was recorded. */
    public record OutcomeLink(String outcomeId, String text) {
    }

    public String where() {
        return place == VisitPlace.OTHER ? placeOther : place.label();
    }

    public boolean isFor(long personId) {
        return children.stream().anyMatch(c -> c.personId() == personId);
    }
}

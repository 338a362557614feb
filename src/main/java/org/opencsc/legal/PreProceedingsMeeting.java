package org.opencsc.legal;

import java.time.LocalDate;
import java.time.LocalTime;

/** A pre-proceedings meeting (the initial one with the parents and their lawyers, or a review): planned, then held. */
public record PreProceedingsMeeting(long id, String kind, LocalDate plannedOn, String place, LocalDate heldOn, String summary,
                                    int version, LocalTime plannedAt, String attendance) {

    public boolean initial() {
        return "INITIAL".equals(kind);
    }
}

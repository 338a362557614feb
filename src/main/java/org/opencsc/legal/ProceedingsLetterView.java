package org.opencsc.legal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * A letter before proceedings as its reader sees it: the children (each through their
 * pre-proceedings), the parents or carers it is addressed to, the meeting it invites to, its
 * sections as last saved, and each version sent. {@code version} guards the draft against a save
 * made meanwhile.
 */
public record ProceedingsLetterView(long id, int version, List<Named> children, List<Named> recipients, Meeting meeting,
                                    boolean offersFgdm, Map<LetterSection, String> sections, List<Sent> sent) {

    /** A person on the letter: a child (with the pre-proceedings it is through) or a recipient (preProceedingsId null). */
    public record Named(long personId, Long preProceedingsId, String name, String givenName) {
    }

    public record Meeting(long id, String kind, LocalDate plannedOn, LocalTime plannedAtTime, String place) {
    }

    /** One version sent: its number (1, 2, ...), the document it was kept as, and a manager's override reason if any. */
    public record Sent(int number, LocalDate sentOn, String sentBy, long documentId, String overrideReason, String overrideBy) {
    }

    public boolean sentOnce() {
        return !sent.isEmpty();
    }

    public List<Long> childIds() {
        return children.stream().map(Named::personId).toList();
    }
}

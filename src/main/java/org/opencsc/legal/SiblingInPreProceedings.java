package org.opencsc.legal;

import java.time.LocalDate;

/** A sibling the user may open who is also in pre-proceedings, as the child's pre-proceedings page lists them. */
record SiblingInPreProceedings(long personId, String name, String relationship, long preProceedingsId, LocalDate startedOn,
                               LocalDate aimOn) {
}

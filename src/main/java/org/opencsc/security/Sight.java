package org.opencsc.security;

/**
 * How much a user may see of one person wherever that person appears: on a list, a family
 * network, a chronology entry shared with them. The one rule every feature applies, decided by
 * {@link AccessPolicy} and applied through {@link Redaction}.
 */
public enum Sight {
    /** The user may open the record: the person is shown in full. */
    OPEN,
    /**
     * The user may not open the record, which is not restricted: a list may say a record is
     * there, but nothing that identifies the person (name, date of birth, postcode, gender,
     * NHS number, record ID) and nothing recorded about them.
     */
    CLOSED,
    /**
     * A restricted record the user is not named on: never listed by a search, not even without
     * details; only a duplicate check says that a record the user cannot see matches, and tells
     * the record's managers. A work list (due work, caseloads, the duty queue, referrals awaiting
     * allocation) keeps the line, with nothing about the person, so that late work cannot hide.
     */
    SEALED;

    /** The less of the two: what a row naming both people may show. */
    public Sight and(Sight other) {
        return compareTo(other) >= 0 ? this : other;
    }
}

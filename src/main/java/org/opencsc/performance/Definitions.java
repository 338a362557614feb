package org.opencsc.performance;

/**
 * The terms several figures (and the census, and the child's record) share, each defined once:
 * its words for the page and its SQL for the queries. A figure that says "open at" or "held by"
 * uses these, so the dashboard, Annex A and the census count the same children.
 */
public final class Definitions {

    /** Stated beside every figure filtered by team. */
    public static final String HELD_BY_TEXT = "A child counts for a team when they were allocated to the team on the"
            + " date the figure looks at (the contact’s, the referral’s, the end of the period for what is open).";

    /** Stated beside figures about what is open. */
    public static final String OPEN_AT_TEXT = "Open at a date: started on or before it and not ended by it (a case"
            + " closed or a plan ended on that day is no longer open at the end of it).";

    /** Stated beside figures about re-referrals: the rule the front door marks a referral by. */
    public static final String RE_REFERRAL_TEXT = "A re-referral is a referral of a child who had another referral in"
            + " the 12 months before it (after the same date a year earlier): a referral exactly 12 months after the last is not one.";

    /** Stated beside figures about timescales. */
    public static final String IN_TIME_TEXT = "In time: done on or before the day it was due, counted in working days"
            + " on the England and Wales calendar (weekends and bank holidays are not working days).";

    private Definitions() {
    }

    /**
     * SQL that is true when the query's teams held the child {@code person} on {@code date} (both SQL
     * expressions), or always true for the whole council. Uses the parameter {@code :teams}
     * ({@link FigureQuery#teamsParam()}): bind it whenever this fragment is used.
     */
    public static String heldBy(FigureQuery query, String person, String date) {
        if (query.wholeCouncil()) {
            return "TRUE";
        }
        return "EXISTS (SELECT 1 FROM allocation held WHERE held.person_id = " + person
                + " AND held.team_id = ANY(:teams) AND held.start_date <= " + date
                + " AND (held.end_date IS NULL OR held.end_date >= " + date + "))";
    }

    /**
     * SQL that is true when something that started on {@code start} and ended on {@code end} (null
     * while it goes on) is open at the end of {@code date}: see {@link #OPEN_AT_TEXT}.
     */
    public static String openAt(String start, String end, String date) {
        return "(" + start + " <= " + date + " AND (" + end + " IS NULL OR " + end + " > " + date + "))";
    }
}

package org.opencsc.performance;

/**
 * One performance figure: what it counts, how (the definition shown beside it on the page, in
 * plain words and exact enough to check by hand), and the query. A Spring bean; the dashboard
 * shows every bean of its group in {@link #order()}.
 */
public interface Figure {

    /** A stable key for the address ({@code /performance/figures/{key}}) and the API: lower-case words with hyphens. */
    String key();

    FigureGroup group();

    /** Order within the group on the dashboard. */
    int order();

    /** The figure's name on the dashboard: "Assessments completed within 45 working days". */
    String label();

    /** What exactly is counted, stated beside the figure (shared terms as {@link Definitions} words them). */
    String definition();

    /** Whether a higher share is better (decisions in time) or worse (re-referrals); null for plain counts. */
    Boolean higherIsBetter();

    /** Counts the figure for the query: every row behind it, whoever may see them. */
    FigureResult compute(FigureQuery query);
}

package org.opencsc.childrecord;

/**
 * The places on each page of the child's record a {@link RecordPanel} can put a fragment, top to
 * bottom; which pages a fragment is on, its {@link RecordFragment#parts()} say. Within a slot
 * fragments show in ascending {@link RecordFragment#order()}, whichever feature they come from;
 * the record's own pieces (the person's rows and actions, what is due, the chronology, the family
 * network, from {@code PersonRecordPanel}) take part in that order like any feature's. Gaps of
 * 100 leave room for new features. An order need only be free on the pages the fragment is on.
 */
public enum RecordSlot {

    /** Under the name, before the alerts, on every page: the child's header (episode's level of need, 100). */
    NAME,

    /**
     * Rows of the summary list: a {@code govuk-summary-list__row} each. Now: the person (100),
     * referrals (frontdoor, 200), strategy discussions (protection, 300), legal status (400),
     * the child protection plan (protection, 500), the child's plan (plan, 600), the chair's
     * escalations (protection, 700), the person's other details (800).
     */
    SUMMARY,

    /**
     * Below the summary list, in the main column: sections with their own heading. Now: on the
     * summary what is due (50) and the newest entries (950); a page's own content at 100 (the
     * chronology, the family network, visits, documents).
     */
    MAIN,

    /**
     * Items ({@code <li>}) of the actions list. Now: record a contact (frontdoor, 100), add a case
     * note (200), strategy discussions per referral (protection, 300), assessments per referral
     * (assessment, 400), closing each referral (episode, 500), the enquiry, conference, core group
     * and escalation steps (protection, 600), step up or down (episode, 700), the person's family,
     * address, merge and restrict actions (800), oversight and the decision log (oversight, 900).
     */
    ACTIONS,

    /** Full-width sections after the summary and actions, before the family network (steps up and down, episode, 100). */
    SECTIONS
}

package org.opencsc.quality;

/**
 * What an audit found about practice, beyond its grades, and what a dip sample or thematic audit
 * looks at: the themes inspection letters keep returning to (DOMAIN.md), counted on the QA
 * dashboard so a service sees which learning recurs.
 */
public enum Theme {
    CHILDS_VOICE("The child’s voice and lived experience"),
    SEEN_ALONE("Children seen alone"),
    IMPACT_OF_HELP("The impact of help"),
    PLAN_OUTCOMES("Plans with outcomes that make a difference"),
    CONTINGENCY_PLANNING("Contingency plans"),
    MANAGEMENT_OVERSIGHT("Management oversight and supervision"),
    RISK_ASSESSMENT("Assessment and analysis of risk"),
    DRIFT_AND_DELAY("Drift and delay"),
    MULTI_AGENCY_WORKING("Working with partner agencies"),
    CHRONOLOGY("Chronology and recording"),
    IDENTITY_AND_DIVERSITY("Identity, culture and diversity");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

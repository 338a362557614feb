package org.opencsc.assessment;

/**
 * The written sections of a single assessment, in the order the form shows them. The field name
 * is the form field and the JSON property; the page, the API and the completeness check all
 * walk this list, so a new section is added here once. The {@link #family()} sections are
 * shared by a sibling group assessed together; the others are each child's own.
 */
public enum AssessmentSection {
    WISHES_AND_FEELINGS("wishesAndFeelings", "The child’s wishes and feelings",
            "In the child’s own words where possible: what they said, drew or showed you"),
    HISTORY("history", "History and wider family",
            "Filled in from the chronology and family network when the assessment started: check and add to it"),
    PARENTAL_CAPACITY("parentalCapacity", "Parental capacity",
            "How well each parent or carer meets the child’s needs"),
    CULTURE_AND_IDENTITY("cultureAndIdentity", "Culture and identity", null),
    RISK_AND_PROTECTIVE_FACTORS("riskAndProtectiveFactors", "Risk and protective factors", null),
    ANALYSIS("analysis", "Analysis", "What the information means for the child: the impact on them and what needs to change");

    private final String field;
    private final String label;
    private final String hint;

    /**
     * The sections about the family rather than one child: a sibling group assessed together
     * writes them once, and each child's assessment shows the family's text.
     */
    public boolean family() {
        return this == HISTORY || this == PARENTAL_CAPACITY;
    }

    AssessmentSection(String field, String label, String hint) {
        this.field = field;
        this.label = label;
        this.hint = hint;
    }

    public String field() {
        return field;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }
}

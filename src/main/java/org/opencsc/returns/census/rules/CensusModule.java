package org.opencsc.returns.census.rules;

/** The part of the message a problem is in, as the DfE names its modules. */
public enum CensusModule {
    HEADER("Header"),
    CHILD_IDENTIFIERS("ChildIdentifiers"),
    CHILD_CHARACTERISTICS("ChildCharacteristics"),
    CIN_DETAILS("CINdetails"),
    ASSESSMENTS("Assessments"),
    CIN_PLAN_DATES("CINPlanDates"),
    SECTION_47("Section47"),
    CHILD_PROTECTION_PLANS("ChildProtectionPlans"),
    PRE_PROCEEDINGS("PreProceedingsandFGDM");

    private final String element;

    CensusModule(String element) {
        this.element = element;
    }

    /** The XML element name. */
    public String element() {
        return element;
    }
}

package org.opencsc.chronology;

import java.util.Arrays;
import java.util.Optional;

/** Kinds of change to a child's record. Later features (contacts, assessments...) add theirs here. */
public enum EventType {
    PERSON_CREATED("Record created"),
    DETAILS_CHANGED("Details changed"),
    FAMILY_MEMBER_LINKED("Family member linked"),
    CASE_NOTE("Case note"),
    RECORD_MERGED("Records merged"),
    RESTRICTION_CHANGED("Access restriction changed"),
    ALLOCATED("Allocated"),
    CASE_TRANSFERRED("Case transferred"),
    CONTACT_RECEIVED("Contact received"),
    AGENCY_CHECK("Partner agency check"),
    CONTACT_DECISION("Front door decision"),
    REFERRAL("Referral"),
    STRATEGY_DISCUSSION("Strategy discussion"),
    S47_ENQUIRY("Section 47 enquiry"),
    CP_CONFERENCE("Child protection conference"),
    CP_PLAN("Child protection plan"),
    CASE_CLOSED("Case closed"),
    CORE_GROUP("Core group meeting"),
    ESCALATION_RAISED("Chair's escalation raised"),
    ESCALATION_RESPONDED("Chair's escalation answered"),
    SUPERVISION("Supervision"),
    OVERSIGHT("Management oversight"),
    DECISION("Critical decision"),
    ASSESSMENT_STARTED("Single assessment started"),
    ASSESSMENT_SUBMITTED("Single assessment submitted"),
    ASSESSMENT_RETURNED("Single assessment returned"),
    ASSESSMENT_AUTHORISED("Single assessment authorised"),
    // Not VISIT: that name is the case-note type of the same name, and the chronology filter reads both from one list.
    CHILD_VISIT("Visit to the child"),
    LEVEL_CHANGED("Level of need changed"),
    AMENDMENT("Record corrected"),
    PLAN_FINALISED("Plan finalised"),
    PLAN_REVIEW("Plan review"),
    PLAN_STARTED("Plan started"),
    LEGAL_PLANNING_MEETING("Legal planning meeting"),
    PRE_PROCEEDINGS("Pre-proceedings"),
    PRE_PROCEEDINGS_MEETING("Pre-proceedings meeting"),
    LETTER_BEFORE_PROCEEDINGS("Letter before proceedings"),
    DOCUMENT_ADDED("Document added"),
    DOCUMENT_WITHDRAWN("Document withdrawn"),
    AUDIT_COMPLETED("Case audit completed"),
    AUDIT_MODERATED("Case audit moderated");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<EventType> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}

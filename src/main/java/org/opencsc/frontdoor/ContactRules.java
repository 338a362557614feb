package org.opencsc.frontdoor;

import java.time.Instant;
import java.time.ZoneOffset;
import org.opencsc.platform.validation.Problems;

/** Checks on a new contact, shared by the page and the API. */
final class ContactRules {

    static final int MAX_TEXT = 20_000;
    static final int MAX_SHORT = 200;
    static final int MAX_YEARS_AGO = 100;

    private ContactRules() {
    }

    static void check(ContactInput in, Instant now, Problems problems) {
        if (in.childIds() == null || in.childIds().isEmpty()) {
            problems.add("childIds", "Select at least one child this contact is about");
        }
        if (in.receivedAt() == null) {
            // The page's date or time has its own problem already: only the one that is wrong is named.
            if (!problems.has("received") && !problems.has("receivedTime")) {
                problems.add("received", "Enter when the contact was received");
            }
        } else if (in.receivedAt().isAfter(now)) {
            problems.add("received", "When the contact was received must be now or in the past");
        } else if (in.receivedAt().isBefore(now.atZone(ZoneOffset.UTC).minusYears(MAX_YEARS_AGO).toInstant())) {
            // Catches mistyped years, and dates the database cannot store (an API client may send any instant).
            problems.add("received", "When the contact was received must be within the last " + MAX_YEARS_AGO + " years");
        }
        if (in.source() == null) {
            problems.add("source", "Select who the contact came from");
        }
        if (blank(in.reported())) {
            problems.add("reported", "Enter what was reported");
        }
        if (in.urgency() == null) {
            problems.add("urgency", "Select how urgent this is");
        }
        if (in.consent() == null) {
            problems.add("consent", "Select whether the family consented to information being shared");
        } else if (in.consent() == Consent.GIVEN && blank(in.consentScope())) {
            problems.add("consentScope", "Enter what the family agreed may be shared, and with whom");
        } else if (in.consent() != Consent.GIVEN && blank(in.sharingReason())) {
            problems.add("sharingReason", "Enter the lawful reason for sharing information without consent");
        }
        if (in.outOfHours() && blank(in.handoverNote())) {
            problems.add("handoverNote", "Enter a handover note for the day team");
        }
        length(in.reported(), "reported", "What was reported", MAX_TEXT, problems);
        length(in.handoverNote(), "handoverNote", "Handover note", MAX_TEXT, problems);
        length(in.consentScope(), "consentScope", "What may be shared", MAX_TEXT, problems);
        length(in.sharingReason(), "sharingReason", "Reason for sharing without consent", MAX_TEXT, problems);
        length(in.contactorName(), "contactorName", "Name of the person who made contact", MAX_SHORT, problems);
        length(in.contactorAgency(), "contactorAgency", "Agency", MAX_SHORT, problems);
        length(in.contactorDetails(), "contactorDetails", "Contact details", MAX_SHORT, problems);
        GatheredDetails g = in.gathered();
        length(g.concernDetails(), "concernDetails", "The concern in words", MAX_TEXT, problems);
        length(g.contactorRole(), "contactorRole", "Their role", MAX_SHORT, problems);
        length(g.contactorRelationship(), "contactorRelationship", "How they know the child", MAX_SHORT, problems);
        length(g.childSchool(), "childSchool", "School or nursery", MAX_SHORT, problems);
        length(g.childGp(), "childGp", "GP", MAX_SHORT, problems);
        length(g.parentsOrCarers(), "parentsOrCarers", "Parents or carers", MAX_TEXT, problems);
        length(g.childWords(), "childWords", "What the child said", MAX_TEXT, problems);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void length(String value, String field, String label, int max, Problems problems) {
        if (value != null && value.length() > max) {
            problems.add(field, label + " must be " + max + " characters or fewer");
        }
    }
}

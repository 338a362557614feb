package org.opencsc.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A contact as read, with the children it concerns, the agency checks and the decision (if made). */
public record Contact(
        long id,
        Instant receivedAt,
        Instant recordedAt,
        String recordedBy,
        ReferralSource source,
        String contactorName,
        String contactorAgency,
        String contactorDetails,
        String contactorRole,
        String contactorRelationship,
        PresentingConcern presentingConcern,
        String concernDetails,
        String reported,
        Urgency urgency,
        Consent consent,
        String consentScope,
        String sharingReason,
        boolean outOfHours,
        String handoverNote,
        String childSchool,
        String childGp,
        String parentsOrCarers,
        String childWords,
        LocalDate decisionDueOn,
        Status status,
        int version,
        List<Child> children,
        List<AgencyCheck> checks,
        Decision decision) implements ContactQueueLine {

    public enum Status { AWAITING_DECISION, AWAITING_SIGN_OFF, DECIDED }

    public record Child(long personId, String name, LocalDate dateOfBirth) {
    }

    public record AgencyCheck(Agency agency, String outcome, Instant checkedAt, String recordedBy) {
    }

    public record Decision(DecisionOutcome outcome, String reason, String earlyHelpService, PrimaryNeed primaryNeed,
                           String decidedBy, Instant decidedAt, String signedOffBy, Instant signedOffAt) {
        public boolean signedOff() {
            return signedOffBy != null;
        }
    }

    @Override
    public boolean withheld() {
        return false;
    }

    /** Whether anything beyond the essentials was gathered, so the page shows the section only then. */
    public boolean hasGatheredDetails() {
        return presentingConcern != null || concernDetails != null || contactorRole != null || contactorRelationship != null
                || childSchool != null || childGp != null || parentsOrCarers != null || childWords != null;
    }

    Contact with(List<Child> children, List<AgencyCheck> checks, Decision decision) {
        return new Contact(id, receivedAt, recordedAt, recordedBy, source, contactorName, contactorAgency, contactorDetails,
                contactorRole, contactorRelationship, presentingConcern, concernDetails, reported, urgency, consent,
                consentScope, sharingReason, outOfHours, handoverNote, childSchool, childGp, parentsOrCarers, childWords,
                decisionDueOn, status, version, children, checks, decision);
    }

    public List<Long> childIds() {
        return children.stream().map(Child::personId).toList();
    }
}

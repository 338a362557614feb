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

    /**
     * The standing decision ({@code outcome}, {@code earlyHelpService}, {@code primaryNeed}: what
     * follows from the contact), the decider's reason, and the manager's sign-off with their
     * rationale. When the manager disagreed and changed it, {@code original} is the decision as the
     * duty worker made it; it is null when the manager agreed (or decided themselves).
     */
    public record Decision(DecisionOutcome outcome, String reason, String earlyHelpService, PrimaryNeed primaryNeed,
                           String decidedBy, Instant decidedAt, String signedOffBy, Instant signedOffAt,
                           String signOffRationale, Original original) {
        public boolean signedOff() {
            return signedOffBy != null;
        }

        public boolean changedAtSignOff() {
            return original != null;
        }

        /**
         * A manager's own decision, signed off as it was made: no second person agreed with it, so
         * it must never read as an independent sign-off.
         */
        public boolean decidedByAManager() {
            return signedOff() && original == null && signOffRationale == null && signedOffBy.equals(decidedBy)
                    && signedOffAt.equals(decidedAt);
        }
    }

    /** The duty worker's decision as they made it, kept when the manager changed it at sign-off. */
    public record Original(DecisionOutcome outcome, String earlyHelpService, PrimaryNeed primaryNeed) {
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

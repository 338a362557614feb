package org.opencsc.frontdoor;

/**
 * A manager's sign-off of a duty worker's decision: their rationale (always), whether they agree,
 * and, when they do not, the decision they make instead. The field names are the page's and the
 * JSON body's alike, so a problem names the same field in both.
 */
public record SignOffInput(String rationale, Boolean agree, DecisionOutcome changedOutcome, String changedEarlyHelpService,
                           PrimaryNeed changedPrimaryNeed) {

    public static SignOffInput agreeing(String rationale) {
        return new SignOffInput(rationale, true, null, null, null);
    }
}

package org.opencsc.returns.census.export;

/**
 * PPOutcome (N00833), code set CS131, from the step decision our pre-proceedings record
 * ({@code legal.PreProceedingsOutcome}, kept as its name in {@code pre_proceedings.outcome}).
 *
 * <p>What we found: the Social Finance cin_validator (rule 9011, "The outcome of the
 * pre-proceedings must be reported using a valid value") accepts exactly A, B and C for CS131,
 * and its rules 9012 and 9013 tie CourtAppDate to the decision to initiate care proceedings.
 * What we could not find: the published meaning of each letter (the DfE 2025-26 specification's
 * code set table was not in the sources we could read). ASSUMED, in the order our step decisions
 * are listed: A = step down to a child protection plan, B = step down to a child in need plan,
 * C = care proceedings issued. Check against the specification's CS131 table before the first
 * 2025-26 return; this is the one place to change.
 */
final class PreProceedingsCodes {

    private PreProceedingsCodes() {
    }

    /** The CS131 code for a stored outcome, or null when there is none (or it is not known). */
    static String outcome(String stored) {
        if (stored == null) {
            return null;
        }
        return switch (stored) {
            case "STEP_DOWN_CP" -> "A";
            case "STEP_DOWN_CIN" -> "B";
            case "ISSUE_PROCEEDINGS" -> "C";
            default -> null;
        };
    }
}

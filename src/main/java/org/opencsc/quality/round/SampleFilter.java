package org.opencsc.quality.round;

/**
 * Which children a random draw chooses from; every condition given must hold, and a condition left
 * out (null, or false for the two yes/no ones) does not narrow the choice. Without
 * {@code closedWithinDays} the children are those whose case is open (a team holds them); with it,
 * those whose case closed within that many days and has not reopened.
 *
 * @param teamId             the team holding the child (for a closed case, the team that last held it)
 * @param levelOfNeed        EARLY_HELP, CIN or CP: the child's current level of need
 * @param cpPlanOver12Months only children whose open child protection plan started 12 months ago or more
 * @param reReferral         only children with a re-referral made within the last 12 months
 * @param closedWithinDays   only children whose case closed within this many days (1 to 3650)
 */
public record SampleFilter(Long teamId, String levelOfNeed, Boolean cpPlanOver12Months, Boolean reReferral,
                           Integer closedWithinDays) {

    static final SampleFilter NONE = new SampleFilter(null, null, null, null, null);

    boolean cpPlanOnly() {
        return Boolean.TRUE.equals(cpPlanOver12Months);
    }

    boolean reReferralOnly() {
        return Boolean.TRUE.equals(reReferral);
    }
}

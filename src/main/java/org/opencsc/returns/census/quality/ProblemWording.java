package org.opencsc.returns.census.quality;

import java.util.Map;

/**
 * What each DfE rule means for the worker who fixes it, in a short sentence: the DfE's messages
 * are written for data officers ("RNFA flag is missing or invalid"). A rule not listed here is
 * shown with the DfE's own message. The year so far is checked against its reference date, as
 * the DfE will check it, so a rule counted back from 31 March (8670Q) warns ahead of time.
 */
final class ProblemWording {

    private static final Map<String, String> SAYS = Map.ofEntries(
            Map.entry("8500", "the child has no LA child ID"),
            Map.entry("8510", "another child has the same LA child ID"),
            Map.entry("8520", "the date of birth is after the end of the census year"),
            Map.entry("8525Q", "record either a date of birth or an expected date of birth, not both"),
            Map.entry("8530Q", "check the expected date of birth"),
            Map.entry("8535Q", "the date of death is before the date of birth"),
            Map.entry("8540", "no disability recorded (record None if the child has none)"),
            Map.entry("8545Q", "check the date of death: it is not in this census year"),
            Map.entry("8555Q", "a referral is dated after the child's date of death"),
            Map.entry("8565", "work is recorded after the episode was closed"),
            Map.entry("8568", "the referral's no-further-action answer is missing"),
            Map.entry("8569Q", "a referral from before this year is marked no further action"),
            Map.entry("8585Q", "the episode was closed because the child died, but no date of death is recorded"),
            Map.entry("8590", "the child has no referral in this census year"),
            Map.entry("8600", "the referral date is missing or after the end of the census year"),
            Map.entry("8606", "the referral is dated more than 40 weeks before the child's birth"),
            Map.entry("8608", "the assessment was authorised before it started"),
            Map.entry("8610", "the referral has no primary need code"),
            Map.entry("8614", "factors are recorded on an assessment that is not authorised yet"),
            Map.entry("8615", "the section 47 enquiry has no start date, or started after the initial conference"),
            Map.entry("8620", "the episode's closure date is not in this census year"),
            Map.entry("8630", "the episode closes before the referral date"),
            Map.entry("8640", "the episode's reason for closure is not a census code"),
            Map.entry("8650", "the referral's primary need code is not a census code"),
            Map.entry("8670Q", "by 31 March the assessment will have been open over 45 working days, not authorised"),
            Map.entry("8675Q", "by 31 March the section 47 enquiry will have gone over 15 working days without an initial conference"),
            Map.entry("8696", "the assessment's authorisation date is not in this census year"),
            Map.entry("8715", "the initial child protection conference is not dated in this census year"),
            Map.entry("8720", "the child protection plan's start date is missing or outside the census year"),
            Map.entry("8730", "the number of previous child protection plans is missing"),
            Map.entry("8736", "an open assessment started before this census year"),
            Map.entry("8740", "an enquiry without its initial conference started before this census year"),
            Map.entry("8750", "an unborn child's sex must be recorded as not known"),
            Map.entry("8770Q", "a school-age child has no UPN and no reason why"),
            Map.entry("8772", "the reason the UPN is unknown says no further action, but a referral went further"),
            Map.entry("8775Q", "check the date of birth: the child is over 25"),
            Map.entry("8790", "the disabilities include None and a disability"));

    private ProblemWording() {
    }

    static String says(String code, String dfeMessage) {
        return SAYS.getOrDefault(code, dfeMessage);
    }

    /**
     * The export's reason a child cannot be exported, cut to its first clause for a due-work line
     * ("no ethnicity is recorded"); the record's panel shows the whole sentence beside it.
     */
    static String shortReason(String reason) {
        String first = reason.split(", and |: |; ", 2)[0].strip();
        if (first.endsWith(".")) {
            first = first.substring(0, first.length() - 1);
        }
        return first.isEmpty() ? reason : Character.toLowerCase(first.charAt(0)) + first.substring(1);
    }
}

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
            Map.entry("1103", "the assessment starts before the referral date"),
            Map.entry("1104", "the initial conference is dated before the referral"),
            Map.entry("1105", "the child protection plan starts before the referral date"),
            Map.entry("1510", "the UPN is not valid (check letter)"),
            Map.entry("1520", "another child has the same UPN"),
            Map.entry("1530", "the UPN is not valid (its LA code)"),
            Map.entry("1540", "the UPN is not valid (characters 5 to 12 must be digits)"),
            Map.entry("1550", "the UPN is not valid (its last character)"),
            Map.entry("1560Q", "check the former UPN: it is not in the UPN format"),
            Map.entry("1570", "the LA child ID is longer than 20 characters"),
            Map.entry("1580", "the LA child ID has characters other than letters and digits"),
            Map.entry("2884", "the initial conference is recorded on both the enquiry and the episode"),
            Map.entry("2885", "the child protection plan starts on a different day from the initial conference"),
            Map.entry("2889", "the section 47 enquiry starts before the referral date"),
            Map.entry("2990", "work is recorded on an episode closed after assessment"),
            Map.entry("2991Q", "there is a section 47 enquiry but no assessment on the episode"),
            Map.entry("4000", "a child in need plan is recorded on a referral with no further action"),
            Map.entry("4001", "a child in need plan runs at the same time as a child protection plan"),
            Map.entry("4004", "more than one child in need plan is open"),
            Map.entry("4010", "the child in need plan's start date is missing or outside the census year"),
            Map.entry("4011", "the child in need plan ends before it starts"),
            Map.entry("4012Q", "check the child in need plan: it starts and ends on the same day"),
            Map.entry("4013", "the child in need plan's end date is not in this census year"),
            Map.entry("4014", "the child in need plans overlap"),
            Map.entry("4015", "the child in need plan starts before the referral date"),
            Map.entry("4180", "no sex recorded"),
            Map.entry("4220", "no ethnicity recorded, or not a census code"),
            Map.entry("8805", "the episode has a closure date but no reason for closure"),
            Map.entry("8810", "the episode has a reason for closure but no closure date"),
            Map.entry("8815", "more than one episode is open"),
            Map.entry("8820", "the child's episodes overlap"),
            Map.entry("8825Q", "closed after assessment, but the episode has no assessment"),
            Map.entry("8831", "work is recorded on a referral with no further action"),
            Map.entry("8832", "child protection work is recorded on a referral with no further action"),
            Map.entry("8839", "more than one section 47 enquiry is open on the episode"),
            Map.entry("8840", "the child protection plan starts and ends on the same day"),
            Map.entry("8841", "a review is dated on or before the child protection plan's start"),
            Map.entry("8842Q", "a review conference has no date"),
            Map.entry("8863Q", "an assessment starts while another is still open"),
            Map.entry("8866", "the referral has no source, or not a census code"),
            Map.entry("8867", "the episode is closed but its assessment is not authorised"),
            Map.entry("8868", "the episode is closed but its section 47 enquiry is not completed"),
            Map.entry("8869", "factor 21 (no factors identified) is recorded with other factors"),
            Map.entry("8870Q", "check the initial conference's target date: it falls at a weekend"),
            Map.entry("8875", "the initial conference is dated at a weekend"),
            Map.entry("8890", "a section 47 enquiry starts while another is still open"),
            Map.entry("8896", "more than one assessment is open on the episode"),
            Map.entry("8897Q", "the assessment has no factors"),
            Map.entry("8898", "the assessment lists a factor twice"),
            Map.entry("8905", "the plan's initial category of abuse is missing or not a census code"),
            Map.entry("8910", "the plan's latest category of abuse is missing or not a census code"),
            Map.entry("8925", "the child protection plan ends before it starts"),
            Map.entry("8930", "the child protection plan's end date is not in this census year"),
            Map.entry("8935", "more than one child protection plan is open"),
            Map.entry("8940", "the child protection plans overlap"),
            Map.entry("8945Q", "factor 18A is retired: use 18B or 18C"),
            Map.entry("8950Q", "factor 19A is retired: use 19B or 19C"),
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

package org.opencsc.assessment;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;

/**
 * The assessment page as typed: the sections, the factor checkboxes (CIN census codes), the
 * outcome, the completion date, and which button was pressed ("save" or "submit"). In a sibling
 * group the family sections carry the version of the group's shared text they were read at.
 */
public record AssessmentForm(
        Integer version,
        Integer familyVersion,
        String wishesAndFeelings, String history, String parentalCapacity, String cultureAndIdentity,
        String riskAndProtectiveFactors, String analysis,
        List<String> factors, String outcome, String outcomeReasons,
        String completedOnDay, String completedOnMonth, String completedOnYear,
        String action) {

    static AssessmentForm of(SingleAssessment a, LocalDate today) {
        return new AssessmentForm(a.version(), a.familyVersion(), a.text(AssessmentSection.WISHES_AND_FEELINGS), a.text(AssessmentSection.HISTORY),
                a.text(AssessmentSection.PARENTAL_CAPACITY), a.text(AssessmentSection.CULTURE_AND_IDENTITY),
                a.text(AssessmentSection.RISK_AND_PROTECTIVE_FACTORS), a.text(AssessmentSection.ANALYSIS), a.factorCodes(),
                a.outcome() == null ? null : a.outcome().name(), a.outcomeReasons(),
                String.valueOf(today.getDayOfMonth()), String.valueOf(today.getMonthValue()), String.valueOf(today.getYear()), null);
    }

    /** The same form with the completion date as it was typed, so a page shown after saving keeps it rather than today's. */
    AssessmentForm withCompletedOn(String day, String month, String year) {
        return new AssessmentForm(version, familyVersion, wishesAndFeelings, history, parentalCapacity, cultureAndIdentity,
                riskAndProtectiveFactors, analysis, factors, outcome, outcomeReasons, day, month, year, action);
    }

    /** The same form after a save, carrying the new version so the next save is not refused as stale. */
    AssessmentForm withVersion(int newVersion) {
        return new AssessmentForm(newVersion, familyVersion == null ? null : familyVersion + 1, wishesAndFeelings, history, parentalCapacity, cultureAndIdentity,
                riskAndProtectiveFactors, analysis, factors, outcome, outcomeReasons, completedOnDay, completedOnMonth,
                completedOnYear, action);
    }

    public String text(AssessmentSection section) {
        return switch (section) {
            case WISHES_AND_FEELINGS -> wishesAndFeelings;
            case HISTORY -> history;
            case PARENTAL_CAPACITY -> parentalCapacity;
            case CULTURE_AND_IDENTITY -> cultureAndIdentity;
            case RISK_AND_PROTECTIVE_FACTORS -> riskAndProtectiveFactors;
            case ANALYSIS -> analysis;
        };
    }

    public boolean hasFactor(String code) {
        return factors != null && factors.contains(code);
    }

    boolean submitting() {
        return "submit".equals(action);
    }

    AssessmentDraft toDraft(Problems problems) {
        if (version == null) {
            problems.add("version", "The page was missing its version: reload the assessment and try again");
        }
        Map<AssessmentSection, String> sections = new EnumMap<>(AssessmentSection.class);
        for (AssessmentSection s : AssessmentSection.values()) {
            if (text(s) != null) {
                sections.put(s, text(s));
            }
        }
        Set<AssessmentFactor> chosen = EnumSet.noneOf(AssessmentFactor.class);
        for (String code : factors == null ? List.<String>of() : factors) {
            AssessmentFactor.parse(code).ifPresentOrElse(chosen::add,
                    () -> problems.add("factors", "Choose factors from the list"));
        }
        AssessmentOutcome chosenOutcome = AssessmentOutcome.parse(outcome).orElse(null);
        if (!DateParts.isBlank(outcome) && chosenOutcome == null) {
            problems.add("outcome", "Choose an outcome from the list");
        }
        return new AssessmentDraft(sections, chosen, chosenOutcome, outcomeReasons, version == null ? -1 : version, familyVersion);
    }

    LocalDate completedOn(Problems problems) {
        return DateParts.fromParts(completedOnDay, completedOnMonth, completedOnYear, "completedOn",
                "The date the assessment was completed", problems);
    }
}

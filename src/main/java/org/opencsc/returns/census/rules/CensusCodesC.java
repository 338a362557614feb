package org.opencsc.returns.census.rules;

import java.util.Set;

/**
 * The CIN census code sets rules 8794 to 8950Q check against (the DfE's 2025-26 code set).
 * Kept apart from the other rule helpers' code lists so the branches merge cleanly; the lists
 * can be folded into one class later. Null-safe: a missing code is never a valid one.
 */
final class CensusCodesC {

    /** ReferralSource (N00152): who referred the child. */
    static final Set<String> REFERRAL_SOURCES = Set.of(
            "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4",
            "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10");

    /** AssessmentFactors (N00181): the factors identified at the end of assessment. */
    static final Set<String> ASSESSMENT_FACTORS = Set.of(
            "1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C",
            "6A", "6B", "6C", "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A",
            "14A", "15A", "16A", "17A", "18A", "18B", "18C", "19A", "19B", "19C", "20", "21", "22A",
            "23A", "24A");

    /** The factors code meaning "no factors identified". */
    static final String NO_FACTORS = "21";

    /** InitialCategoryOfAbuse (N00113) and LatestCategoryOfAbuse (N00114). */
    static final Set<String> ABUSE_CATEGORIES = Set.of("NEG", "PHY", "SAB", "EMO", "MUL");

    /** Reasons for closure meaning the case closed after assessment (RC9: and referred to early help). */
    static final Set<String> CLOSED_AFTER_ASSESSMENT = Set.of("RC8", "RC9");

    private CensusCodesC() {
    }

    static boolean isIn(Set<String> codes, String code) {
        return code != null && codes.contains(code);
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

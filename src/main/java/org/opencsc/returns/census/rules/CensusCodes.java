package org.opencsc.returns.census.rules;

import java.util.Set;

/**
 * The code sets of the 2025-26 CIN census specification that more than one rule checks
 * against. Codes are compared exactly as the DfE writes them (upper case).
 */
final class CensusCodes {

    /** Ethnicity (N00177): the DfE's extended categories. */
    static final Set<String> ETHNICITIES = Set.of(
            "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN",
            "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    /** Disability (N00099); NONE stands alone (rule 8790). */
    static final Set<String> DISABILITIES = Set.of(
            "NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA");

    static final String NO_DISABILITY = "NONE";

    /** ReferralSource (N00152). */
    static final Set<String> REFERRAL_SOURCES = Set.of(
            "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B",
            "5C", "5D", "6", "7", "8", "9", "10");

    /** PrimaryNeedCode (N00101): N1 abuse or neglect ... N9 absent parenting, N0 not stated. */
    static final Set<String> PRIMARY_NEEDS = Set.of("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");

    /** ReasonForClosure (N00103): RC1 adopted ... RC9 case closed after assessment, no further action. */
    static final Set<String> REASONS_FOR_CLOSURE = Set.of(
            "RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9");

    static final String CLOSED_BECAUSE_DIED = "RC2";

    /** UPNunknown (N00135). */
    static final Set<String> UPN_UNKNOWN_REASONS = Set.of(
            "UN1", "UN2", "UN3", "UN4", "UN5", "UN6", "UN7", "UN8", "UN9", "UN10");

    /** UN1: the child is not of school age, so cannot explain a missing UPN for one who is. */
    static final String UPN_NOT_SCHOOL_AGE = "UN1";

    /** UN7: the referral led to no further action. */
    static final String UPN_REFERRAL_NFA = "UN7";

    /** AssessmentFactors (N00181): factors identified at the end of assessment; 21 = no factors. */
    static final Set<String> ASSESSMENT_FACTORS = Set.of(
            "1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C",
            "6A", "6B", "6C", "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A",
            "14A", "15A", "16A", "17A", "18A", "18B", "18C", "19A", "19B", "19C", "20", "21", "22A",
            "23A", "24A");

    /** InitialCategoryOfAbuse (N00113) and LatestCategoryOfAbuse (N00114). */
    static final Set<String> CATEGORIES_OF_ABUSE = Set.of("NEG", "PHY", "EMO", "SAB", "MUL");

    /** Sex (N00783) from 2024-25: male, female, unknown (which an unborn child must be). */
    static final Set<String> SEXES = Set.of("M", "F", "U");

    static final String SEX_UNKNOWN = "U";

    private CensusCodes() {
    }

    /** The factors code meaning "no factors identified". */
    static final String NO_FACTORS = "21";

    /** Reasons for closure meaning the case closed after assessment (RC9: and referred to early help). */
    static final Set<String> CLOSED_AFTER_ASSESSMENT = Set.of("RC8", "RC9");

    static boolean isIn(Set<String> codes, String code) {
        return code != null && codes.contains(code);
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

package org.opencsc.returns.annexa;

import java.util.Map;
import org.opencsc.person.Gender;

/**
 * The template's coded values, from the record's census codes: its drop-downs are letter-led
 * ("a) Male", "a) WBRI", "a) 1A: Individual"), the census's codes without the letter. The
 * lettering follows the template as the London Innovation and Improvement Alliance's Annex A
 * cleaner reads it (SocialFinanceDigitalLabs/liia-tools, annex_a_pipeline/spec/Annex_A_schema.yml).
 */
final class AnnexCodes {

    static final String YES = "a) Yes";
    static final String NO = "b) No";
    static final String UNKNOWN = "c) Unknown";

    private AnnexCodes() {
    }

    /**
     * The template's gender from the record's (the census codes): 1 male, 2 female; 0 not known
     * and 9 not specified are both "not stated/recorded", as the census sends both as U.
     */
    static String gender(String code) {
        return Gender.fromCode(code).map(g -> switch (g) {
            case MALE -> "a) Male";
            case FEMALE -> "b) Female";
            case NOT_KNOWN, NOT_SPECIFIED -> "c) Not stated/recorded";
        }).orElse(null);
    }

    private static final Map<String, String> ETHNICITY = Map.ofEntries(
            Map.entry("WBRI", "a"), Map.entry("WIRI", "b"), Map.entry("WIRT", "c"), Map.entry("WOTH", "d"),
            Map.entry("WROM", "e"), Map.entry("MWBC", "f"), Map.entry("MWBA", "g"), Map.entry("MWAS", "h"),
            Map.entry("MOTH", "i"), Map.entry("AIND", "j"), Map.entry("APKN", "k"), Map.entry("ABAN", "l"),
            Map.entry("AOTH", "m"), Map.entry("BCRB", "n"), Map.entry("BAFR", "o"), Map.entry("BOTH", "p"),
            Map.entry("CHNE", "q"), Map.entry("OOTH", "r"), Map.entry("REFU", "s"), Map.entry("NOBT", "t"));

    /** "a) WBRI": the census code with the template's letter; nothing recorded is blank, never a guess. */
    static String ethnicity(String code) {
        String letter = code == null ? null : ETHNICITY.get(code);
        return letter == null ? null : letter + ") " + code;
    }

    private static final Map<String, String> SOURCE = Map.ofEntries(
            Map.entry("1A", "a) 1A: Individual"), Map.entry("1B", "b) 1B: Individual"),
            Map.entry("1C", "c) 1C: Individual"), Map.entry("1D", "d) 1D: Individual"),
            Map.entry("2A", "e) 2A: Schools"), Map.entry("2B", "f) 2B: Education services"),
            Map.entry("3A", "g) 3A: Health services"), Map.entry("3B", "h) 3B: Health services"),
            Map.entry("3C", "i) 3C: Health services"), Map.entry("3D", "j) 3D: Health services"),
            Map.entry("3E", "k) 3E: Health services"), Map.entry("3F", "l) 3F: Health services"),
            Map.entry("4", "m) 4: Housing"), Map.entry("5A", "n) 5A: LA services"),
            Map.entry("5B", "o) 5B: LA services"), Map.entry("5C", "p) 5C: LA services"),
            Map.entry("5D", "p1) 5D: LA services"), Map.entry("6", "q) 6: Police"),
            Map.entry("7", "r) 7: Other legal agency"), Map.entry("8", "s) 8: Other"),
            Map.entry("9", "t) 9: Anonymous"), Map.entry("10", "u) 10: Unknown"));

    /** A contact's or referral's source (the census ReferralSource) as the template's drop-down. */
    static String source(String code) {
        return code == null ? null : SOURCE.getOrDefault(code, code);
    }

    private static final Map<String, String> NEED = Map.of(
            "N1", "N1 - Abuse or neglect", "N2", "N2 - Child's disability",
            "N3", "N3 - Parental disability or illness", "N4", "N4 - Family in acute stress",
            "N5", "N5 - Family dysfunction", "N6", "N6 - Socially unacceptable behaviour",
            "N7", "N7 - Low income", "N8", "N8 - Absent parenting",
            "N9", "N9 - Cases other than children in need", "N0", "N0 - Not stated");

    static String need(String code) {
        return code == null ? null : NEED.getOrDefault(code, code);
    }

    private static final Map<String, String> CATEGORY = Map.of(
            "NEG", "a) Neglect", "PHY", "b) Physical abuse", "SAB", "c) Sexual abuse",
            "EMO", "d) Emotional abuse", "MUL", "e) Multiple/not recommended");

    /** A plan's category of abuse (the census's NEG ... MUL). */
    static String category(String code) {
        return code == null ? null : CATEGORY.getOrDefault(code, code);
    }

    private static final Map<String, String> CLOSURE = Map.of(
            "RC1", "RC1 - Adopted", "RC2", "RC2 - Died", "RC3", "RC3 - Child arrangements order",
            "RC4", "RC4 - Special guardianship order",
            "RC5", "RC5 - Transferred to services of another local authority",
            "RC6", "RC6 - Transferred to adult social care services",
            "RC7", "RC7 - Services ceased for any other reason, including child no longer in need",
            "RC8", "RC8 - Case closed after assessment, no further action",
            "RC9", "RC9 - Case closed after assessment, referred to early help");

    static String closure(String code) {
        return code == null ? null : CLOSURE.getOrDefault(code, code);
    }

    /** Yes or No from a recorded fact; nothing recorded is blank. */
    static String yesNo(Boolean value) {
        return value == null ? null : value ? YES : NO;
    }
}

package org.opencsc.returns.census.rules;

import java.util.HashSet;
import java.util.Set;

/**
 * The shape of a Unique Pupil Number as the UPN rules (1510 to 1560Q) check it, one character
 * position at a time and without regular expressions: 13 characters, a check letter, the LA code
 * (characters 2-4), eight digits (5-12), and a digit or a letter other than I, O and S (13, a
 * letter in a temporary UPN). The check letter itself is {@link org.opencsc.person.UniquePupilNumber}'s.
 */
final class UpnFormat {

    /** A to Z without I, O and S: the letters a UPN may use. */
    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /**
     * Characters 2-4: LA codes since April 1998 and the DfE's pseudo LA codes (2023-24 list, with
     * 942 Cumberland and 943 Westmorland and Furness).
     */
    private static final Set<String> LA_CODES = laCodes();

    private UpnFormat() {
    }

    static boolean present(String upn) {
        return upn != null && !upn.isBlank();
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isUpnLetter(char c) {
        return LETTERS.indexOf(c) >= 0;
    }

    static boolean isLaCode(String code) {
        return LA_CODES.contains(code);
    }

    /** Characters 5 to 12 (those the UPN has) are all digits. */
    static boolean serialIsNumeric(String upn) {
        for (int i = 4; i < Math.min(12, upn.length()); i++) {
            if (!isDigit(upn.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The full format: a letter, eleven digits, and a digit or UPN letter. */
    static boolean wellFormed(String upn) {
        if (upn.length() != 13 || !(upn.charAt(0) >= 'A' && upn.charAt(0) <= 'Z')) {
            return false;
        }
        for (int i = 1; i < 12; i++) {
            if (!isDigit(upn.charAt(i))) {
                return false;
            }
        }
        char last = upn.charAt(12);
        return isDigit(last) || isUpnLetter(last);
    }

    private static Set<String> laCodes() {
        Set<String> codes = new HashSet<>();
        int[][] ranges = {{1, 5}, {201, 213}, {301, 320}, {330, 336}, {340, 344}, {350, 359}, {370, 373},
            {380, 384}, {390, 394}, {420, 420}, {660, 681}, {701, 708}, {800, 803}, {805, 808}, {810, 813},
            {815, 816}, {820, 823}, {825, 826}, {830, 831}, {835, 841}, {845, 846}, {850, 852}, {855, 857},
            {860, 861}, {865, 896}, {908, 909}, {916, 916}, {919, 919}, {921, 921}, {925, 926}, {928, 929},
            {931, 931}, {933, 933}, {935, 938}, {940, 943}};
        for (int[] range : ranges) {
            for (int code = range[0]; code <= range[1]; code++) {
                codes.add(String.format("%03d", code));
            }
        }
        return Set.copyOf(codes);
    }
}

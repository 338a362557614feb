package org.opencsc.person;

/**
 * Unique Pupil Numbers (DfE): 13 characters, a check letter then 12 characters (LA code,
 * establishment, year, serial; the last may be a letter in a temporary UPN). The check letter
 * is the weighted sum of characters 2-13 (weights 2..13) modulo 23, read from the alphabet
 * without I, O and S.
 */
public final class UniquePupilNumber {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private UniquePupilNumber() {
    }

    public static String normalise(String input) {
        return input == null ? "" : input.replaceAll("\\s", "").toUpperCase();
    }

    public static boolean isValid(String input) {
        String upn = normalise(input);
        if (!upn.matches("[A-Z]\\d{11}[0-9A-Z]")) {
            return false;
        }
        Character expected = checkLetter(upn.substring(1));
        return expected != null && expected == upn.charAt(0);
    }

    /** The check letter for the twelve characters after it, or null if a character is not allowed. */
    public static Character checkLetter(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = twelve.charAt(i);
            int value;
            if (Character.isDigit(c)) {
                value = c - '0';
            } else {
                value = LETTERS.indexOf(c);
                if (value < 0) {
                    return null;
                }
            }
            sum += value * (i + 2);
        }
        return LETTERS.charAt(sum % 23);
    }
}

package org.opencsc.person;

/**
 * NHS numbers: ten digits, the last a modulus 11 check digit (weights 10 down to 2). A
 * remainder giving 10 means the number can never be valid.
 */
public final class NhsNumber {

    private NhsNumber() {
    }

    /** Digits only: people type "943 476 5919" or "943-476-5919". */
    public static String normalise(String input) {
        return input == null ? "" : input.replaceAll("[\\s-]", "");
    }

    public static boolean isValid(String input) {
        String digits = normalise(input);
        if (!digits.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    /** Appends the right check digit to nine digits, or returns null where none exists (used by the data generator). */
    public static String withCheckDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check == 10 ? null : nineDigits + check;
    }
}

package org.opencsc.plainenglish;

import java.util.Locale;

/**
 * Counts the syllables of an English word by a heuristic: each run of vowels (a, e, i, o, u, y)
 * is a syllable, less a silent final "e" ("make") and a final "-es"/"-ed" that adds no sound
 * ("makes", "liked", but not "wanted", "buses"), plus "-le" after a consonant ("little"), and at
 * least one. It agrees with a dictionary on about nine words in ten (see SyllablesTest), which is
 * what the Flesch formulas need: they were fitted to counts made by hand, not to exact phonetics.
 */
final class Syllables {

    private Syllables() {
    }

    static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return word.chars().anyMatch(Character::isDigit) ? digitsCount(word) : 0;
        }
        if (w.length() <= 3) {
            return 1;
        }
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < w.length(); i++) {
            boolean vowel = isVowel(w, i);
            if (vowel && !inVowel) {
                groups++;
            }
            inVowel = vowel;
        }
        boolean consonantLe = w.endsWith("le") && !isVowel(w, w.length() - 3);
        if (consonantLe) {
            // little, table: the "le" is its own syllable, already counted as the final e's group
        } else if (w.endsWith("e") && !w.endsWith("ee") && !w.endsWith("ie") && !w.endsWith("ye")
                && !isVowel(w, w.length() - 2)) {
            groups--; // make, hope, whole: silent e
        } else if (w.endsWith("es") && !isVowel(w, w.length() - 3) && !sibilantBefore(w, w.length() - 2)) {
            groups--; // makes, hopes (but buses, wishes keep theirs)
        } else if (w.endsWith("ed") && !isVowel(w, w.length() - 3) && w.charAt(w.length() - 3) != 't'
                && w.charAt(w.length() - 3) != 'd') {
            groups--; // liked, named (but wanted, needed keep theirs)
        }
        return Math.max(1, groups);
    }

    /** A number read aloud: "47" is "forty-seven"; rough, but numbers are rare in letters. */
    private static int digitsCount(String word) {
        long digits = word.chars().filter(Character::isDigit).count();
        return (int) Math.max(1, digits);
    }

    private static boolean isVowel(String w, int i) {
        if (i < 0 || i >= w.length()) {
            return false;
        }
        char c = w.charAt(i);
        if (c == 'y') {
            return i > 0 && !isVowel(w, i - 1); // "yes": consonant; "happy", "system": vowel
        }
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean sibilantBefore(String w, int end) {
        String before = w.substring(0, end);
        return before.endsWith("s") || before.endsWith("x") || before.endsWith("z") || before.endsWith("ch")
                || before.endsWith("sh") || before.endsWith("g") || before.endsWith("c");
    }
}

package org.opencsc.person;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Names reduced to what search compares: lower case Latin letters, no accents. A name in
 * another script (Arabic, Chinese, Cyrillic, Greek...) or with letters that are not an accent
 * on a Latin letter (Polish ł, Danish ø, German ß) is transliterated first, so it is found as
 * typed and as it is commonly spelt in English letters (Иван Петров as "ivan petrov"), by the
 * same trigram and sound indexes as every other name.
 */
public final class Names {

    /** Any script to Latin, then to plain ASCII. Built once (it takes a moment); ICU does not promise it is safe to share, so calls take turns. */
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private Names() {
    }

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String latin = name.chars().allMatch(c -> c < 0x80) ? name : transliterated(name);
        return reduced(latin);
    }

    private static String reduced(String latin) {
        String stripped = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").replaceAll("\\s+", " ").trim();
    }

    /**
     * Word by word, each kept one word: ICU writes Chinese a syllable at a time ("小明" as "xiǎo
     * míng"), and a given name of two characters must stay one name ("xiaoming").
     */
    private static String transliterated(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            String latin;
            synchronized (TO_ASCII) {
                latin = TO_ASCII.transliterate(word);
            }
            out.append(out.isEmpty() ? "" : " ").append(latin.replaceAll("\\s+", ""));
        }
        return out.toString();
    }

    public static String full(String given, String family) {
        return given == null || given.isBlank() ? family : given + " " + family;
    }

    /**
     * A Chinese name typed as one run of two to four characters ("王秀英") is family name first,
     * one character: {given, family}; null for any other name.
     */
    static String[] chineseRun(String name) {
        String t = name == null ? "" : name.strip();
        int n = t.codePointCount(0, t.length());
        if (n < 2 || n > 4 || !t.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return null;
        }
        int second = t.offsetByCodePoints(0, 1);
        return new String[] {t.substring(second), t.substring(0, second)};
    }
}

package org.opencsc.plainenglish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check itself, on a text and a jargon list, with no database: so the formulas and rules
 * are tested on their own. {@link PlainEnglishService} gives it the current list.
 */
final class TextCheck {

    /**
     * Sentence lengths. The GOV.UK style guide asks for sentences of 25 words or fewer, and Plain
     * English Campaign's guide for an average of 15 to 20: over 25 words is advised against; over
     * 35 a parent under stress will lose the thread, so the letter cannot go as it is.
     */
    static final int LONG_SENTENCE_WORDS = 25;
    static final int BLOCKING_SENTENCE_WORDS = 35;
    /** Below 50 Flesch rates a text "fairly difficult" (school leavers and older); plain English aims at 60 or more. */
    static final double HARD_TO_READ_BELOW = 50;
    /** Scores on a few words swing wildly, so a text shorter than this is not judged as a whole. */
    static final int HARD_TO_READ_MIN_WORDS = 30;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");
    /** A sentence ends at . ! ? (and any closing quote or bracket) before a space or the end, or at a blank line or bullet. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+['\"’”)]*(?=\\s|$)|\\n\\s*\\n|\\n\\s*[-*•]");
    private static final Pattern ABBREVIATION = Pattern.compile("\\b[A-Z][A-Z0-9]*[A-Z0-9](?:s\\b|\\b)");
    /** Everyday capitals a parent reads without thinking. */
    private static final Set<String> PLAIN_CAPITALS = Set.of("OK", "UK", "TV", "I", "AM", "PM", "NHS", "GP", "A", "ID");
    private static final Pattern PASSIVE = Pattern.compile(
            "\\b(am|is|are|was|were|be|been|being|get|gets|got|getting)\\s+(?:(?:not|never|also|then|always|often|\\w+ly)\\s+)?"
                    + "(\\w+(?:ed|en)|made|told|seen|done|held|kept|left|brought|thought|sent|put|set|said|hurt|hit|"
                    + "found|heard|met|paid|shown|taken|given|known|caught|taught|bought|sold|felt|lost|won|read|led)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words ending like participles that are adjectives or not verbs here ("I am worried", "she was often"). */
    private static final Set<String> NOT_PARTICIPLES = Set.of("worried", "tired", "scared", "pleased", "interested",
            "concerned", "married", "supposed", "used", "able", "open", "often", "even", "children", "seven", "eleven",
            "ten", "happen", "kitchen", "garden", "sudden", "hidden", "golden", "women", "men", "then", "when", "between",
            "ready", "bored", "excited", "frightened", "upset", "engaged", "divorced", "separated", "allowed",
            "welcome", "listen");

    private TextCheck() {
    }

    static PlainEnglishResult check(String text, List<JargonTerm> terms) {
        if (text == null || text.isBlank()) {
            return new PlainEnglishResult(new Readability(0, 0, 0, 0, 0, 0), List.of());
        }
        List<Finding> findings = new ArrayList<>();
        List<int[]> sentences = sentences(text);
        int words = 0;
        int syllables = 0;
        for (int[] s : sentences) {
            List<String> inSentence = words(text.substring(s[0], s[1]));
            words += inSentence.size();
            syllables += inSentence.stream().mapToInt(Syllables::count).sum();
            if (inSentence.size() > LONG_SENTENCE_WORDS) {
                boolean blocking = inSentence.size() > BLOCKING_SENTENCE_WORDS;
                findings.add(new Finding(FindingKind.LONG_SENTENCE, text.substring(s[0], s[1]), s[0], s[1],
                        "This sentence has " + inSentence.size() + " words. Split it into sentences of "
                                + LONG_SENTENCE_WORDS + " words or fewer.", blocking));
            }
            passives(text, s, findings);
        }
        int sentenceCount = Math.max(1, (int) sentences.stream().filter(s -> !words(text.substring(s[0], s[1])).isEmpty()).count());
        Readability readability = readability(words, sentenceCount, syllables);
        List<int[]> taken = new ArrayList<>();
        jargon(text, terms, findings, taken);
        abbreviations(text, findings, taken);
        if (words >= HARD_TO_READ_MIN_WORDS && readability.fleschReadingEase() < HARD_TO_READ_BELOW) {
            findings.add(new Finding(FindingKind.HARD_TO_READ, "", 0, 0, "Reading ease is "
                    + Math.round(readability.fleschReadingEase()) + " (plain English is 60 or more): use shorter words and sentences.",
                    false));
        }
        findings.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
        return new PlainEnglishResult(readability, findings);
    }

    /**
     * Flesch (1948) reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word.
     * Flesch–Kincaid (1975) grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
     * The reading age is the grade + 5 (a US grade 1 pupil is about six), floored at 5.
     */
    static Readability readability(int words, int sentences, int syllables) {
        if (words == 0) {
            return new Readability(0, 0, 0, 0, 0, 0);
        }
        double wps = (double) words / sentences;
        double spw = (double) syllables / words;
        double ease = 206.835 - 1.015 * wps - 84.6 * spw;
        double grade = 0.39 * wps + 11.8 * spw - 15.59;
        return new Readability(words, sentences, syllables, round1(ease), round1(grade), round1(Math.max(5, grade + 5)));
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** Each sentence as [start, end) in the text, trimmed, end including its full stop. */
    static List<int[]> sentences(String text) {
        List<int[]> list = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int from = 0;
        while (m.find()) {
            boolean atLineBreak = text.charAt(m.start()) == '\n';
            add(text, from, atLineBreak ? m.start() : m.end(), list);
            from = m.end(); // after the full stop, the blank line or the bullet
        }
        add(text, from, text.length(), list);
        return list;
    }

    private static void add(String text, int from, int to, List<int[]> list) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from && !words(text.substring(from, to)).isEmpty()) {
            list.add(new int[] {from, to});
        }
    }

    /** be + past participle with no "by ..." after it in the sentence: who did it is not said. */
    private static void passives(String text, int[] sentence, List<Finding> findings) {
        String s = text.substring(sentence[0], sentence[1]);
        Matcher m = PASSIVE.matcher(s);
        while (m.find()) {
            String participle = m.group(2).toLowerCase(java.util.Locale.ROOT);
            if (NOT_PARTICIPLES.contains(participle)) {
                continue;
            }
            String rest = s.substring(m.end());
            if (Pattern.compile("^\\W*(?:\\w+\\W+){0,6}?by\\b", Pattern.CASE_INSENSITIVE).matcher(rest).find()) {
                continue; // "was seen by the doctor": the actor is named
            }
            findings.add(new Finding(FindingKind.PASSIVE_VOICE, m.group(), sentence[0] + m.start(), sentence[0] + m.end(),
                    "Say who did this: for example \"we " + participle + "\" or \"the school " + participle + "\".", false));
        }
    }

    private static void jargon(String text, List<JargonTerm> terms, List<Finding> findings, List<int[]> taken) {
        List<JargonTerm> longestFirst = terms.stream()
                .sorted(Comparator.comparingInt((JargonTerm t) -> t.term().length()).reversed()).toList();
        for (JargonTerm t : longestFirst) {
            Matcher m = termPattern(t.term()).matcher(text);
            while (m.find()) {
                if (overlaps(taken, m.start(), m.end())) {
                    continue;
                }
                taken.add(new int[] {m.start(), m.end()});
                findings.add(new Finding(FindingKind.JARGON, m.group(), m.start(), m.end(), t.plainAlternative(), t.blocking()));
            }
        }
    }

    /** A term with a capital is matched as written ("LAC", not "lac"); otherwise in any case, spaces and hyphens alike, plural too. */
    static Pattern termPattern(String term) {
        String[] parts = term.trim().split("[\\s\\-]+");
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < parts.length; i++) {
            regex.append(i == 0 ? "" : "[\\s\\-]+").append(Pattern.quote(parts[i]));
        }
        regex.append("(?:s|es)?(?![\\p{L}\\p{N}])");
        boolean asWritten = !term.equals(term.toLowerCase(java.util.Locale.ROOT));
        return Pattern.compile(regex.toString(), asWritten ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static void abbreviations(String text, List<Finding> findings, List<int[]> taken) {
        Matcher m = ABBREVIATION.matcher(text);
        while (m.find()) {
            String found = m.group();
            String bare = found.endsWith("s") ? found.substring(0, found.length() - 1) : found;
            if (PLAIN_CAPITALS.contains(bare) || overlaps(taken, m.start(), m.end()) || isShouting(text, m.start(), m.end())) {
                continue;
            }
            findings.add(new Finding(FindingKind.ABBREVIATION, found, m.start(), m.end(),
                    "Write \"" + found + "\" out in full, or say what it means in plain words.", true));
        }
    }

    /** A word in capitals among other capital words ("PLEASE READ THIS") is emphasis, not an abbreviation. */
    private static boolean isShouting(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 12), start);
        String after = text.substring(end, Math.min(text.length(), end + 12));
        return before.matches(".*\\b[A-Z]{4,}\\s+$") || after.matches("^\\s+[A-Z]{4,}\\b.*");
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        return taken.stream().anyMatch(r -> start < r[1] && end > r[0]);
    }
}

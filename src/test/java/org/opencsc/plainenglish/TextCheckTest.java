package org.opencsc.plainenglish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The formulas and rules on their own, with a small jargon list (the shipped list is tested in PlainEnglishServiceTest). */
class TextCheckTest {

    static final List<JargonTerm> TERMS = List.of(
            new JargonTerm(1, "chronic neglect", "say what has been missing", true),
            new JargonTerm(2, "neglect", "say what the child went without", true),
            new JargonTerm(3, "LAC", "a child in care", true),
            new JargonTerm(4, "multi-agency", "people from different services", true),
            new JargonTerm(5, "contact", "family time", false));

    /**
     * Published scores (Wikipedia, "Flesch–Kincaid readability tests"): "The cat sat on the mat."
     * has reading ease 116 (116.1 by the formula); the platypus sentence 37.5. Tolerance: 1 point
     * of reading ease and 0.5 of a grade, the difference one miscounted syllable makes here.
     */
    @Test
    void scoresTextsWithPublishedScores() {
        Readability cat = TextCheck.check("The cat sat on the mat.", TERMS).readability();
        assertThat(cat.words()).isEqualTo(6);
        assertThat(cat.sentences()).isEqualTo(1);
        assertThat(cat.fleschReadingEase()).isCloseTo(116.0, within(1.0));
        assertThat(cat.fleschKincaidGrade()).isCloseTo(-1.45, within(0.5));
        assertThat(cat.readingAge()).isEqualTo(5.0); // floored: a grade below 0 is still a reader of 5

        Readability platypus = TextCheck.check(
                "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.", TERMS).readability();
        assertThat(platypus.words()).isEqualTo(13);
        assertThat(platypus.fleschReadingEase()).isCloseTo(37.5, within(1.0));
        assertThat(platypus.fleschKincaidGrade()).isCloseTo(0.39 * 13 + 11.8 * 24 / 13.0 - 15.59, within(0.5));
    }

    @Test
    void theFormulasAsPublished() {
        // 100 words, 5 sentences, 150 syllables: 206.835 - 1.015*20 - 84.6*1.5 = 59.6; 0.39*20 + 11.8*1.5 - 15.59 = 9.9
        Readability r = TextCheck.readability(100, 5, 150);
        assertThat(r.fleschReadingEase()).isCloseTo(59.6, within(0.05));
        assertThat(r.fleschKincaidGrade()).isCloseTo(9.9, within(0.05));
        assertThat(r.readingAge()).isCloseTo(14.9, within(0.05));
    }

    @Test
    void anEmptyTextHasNoFindingsAndZeroCounts() {
        PlainEnglishResult r = TextCheck.check("   ", TERMS);
        assertThat(r.findings()).isEmpty();
        assertThat(r.readability().words()).isZero();
        assertThat(r.blocking()).isFalse();
    }

    @Test
    void jargonIsFoundWithItsPositionTheLongerTermFirst() {
        String text = "We are worried about chronic neglect. The LAC review is next week.";
        PlainEnglishResult r = TextCheck.check(text, TERMS);
        List<Finding> jargon = r.findings().stream().filter(f -> f.kind() == FindingKind.JARGON).toList();
        assertThat(jargon).extracting(Finding::words).containsExactly("chronic neglect", "LAC");
        Finding first = jargon.getFirst();
        assertThat(text.substring(first.start(), first.end())).isEqualTo("chronic neglect");
        assertThat(first.suggestion()).isEqualTo("say what has been missing");
        assertThat(first.blocking()).isTrue();
        assertThat(r.blocking()).isTrue();
        assertThat(r.findings()).noneMatch(f -> f.kind() == FindingKind.ABBREVIATION); // LAC is reported once, as jargon
    }

    @Test
    void aTermInCapitalsIsMatchedAsWrittenAndOthersInAnyCaseSpacedOrHyphenated() {
        assertThat(kinds(TextCheck.check("The lace was lac.", TERMS))).doesNotContain(FindingKind.JARGON);
        PlainEnglishResult r = TextCheck.check("Neglect. A Multi agency meeting. Contact is on Friday.", TERMS);
        assertThat(r.findings()).filteredOn(f -> f.kind() == FindingKind.JARGON).extracting(Finding::words)
                .containsExactly("Neglect", "Multi agency", "Contact");
        assertThat(r.findings()).filteredOn(f -> f.words().equals("Contact")).allMatch(f -> !f.blocking());
    }

    @Test
    void abbreviationsInCapitalsBlockButEverydayOnesDoNot() {
        PlainEnglishResult r = TextCheck.check("The ICPC and the S47 are done. Ask your GP or call the NHS. I am OK.", TERMS);
        assertThat(r.findings()).filteredOn(f -> f.kind() == FindingKind.ABBREVIATION).extracting(Finding::words)
                .containsExactly("ICPC", "S47");
        assertThat(r.findings()).filteredOn(f -> f.kind() == FindingKind.ABBREVIATION).allMatch(Finding::blocking);
    }

    @Test
    void longSentencesAreAdvisedOverTwentyFiveWordsAndBlockOverThirtyFive() {
        String twentySix = words(26) + ".";
        String thirtySix = words(36) + ".";
        PlainEnglishResult r = TextCheck.check("Short one. " + twentySix + " " + thirtySix + " " + words(25) + ".", TERMS);
        List<Finding> longOnes = r.findings().stream().filter(f -> f.kind() == FindingKind.LONG_SENTENCE).toList();
        assertThat(longOnes).hasSize(2);
        assertThat(longOnes.get(0).blocking()).isFalse();
        assertThat(longOnes.get(0).words()).isEqualTo(twentySix);
        assertThat(longOnes.get(1).blocking()).isTrue();
        assertThat(r.readability().sentences()).isEqualTo(4);
    }

    @Test
    void aBlankLineOrABulletEndsASentence() {
        assertThat(TextCheck.check("What must change\n\n- Sam goes to school\n- Sam sees the dentist", TERMS)
                .readability().sentences()).isEqualTo(3);
    }

    @Test
    void passiveVoiceThatHidesWhoActsIsAdvisedButNotWhenTheActorIsNamed() {
        PlainEnglishResult r = TextCheck.check(
                "Concerns were raised about Sam. Sam was seen by the school nurse. Mia was hurt. I am worried.", TERMS);
        assertThat(r.findings()).filteredOn(f -> f.kind() == FindingKind.PASSIVE_VOICE).extracting(Finding::words)
                .containsExactly("were raised", "was hurt");
        assertThat(r.findings()).filteredOn(f -> f.kind() == FindingKind.PASSIVE_VOICE).noneMatch(Finding::blocking);
    }

    @Test
    void plainTextPassesWithAGoodScore() {
        PlainEnglishResult r = TextCheck.check("""
                We are worried because Sam has missed school on 20 days since September. \
                Sam needs to be in school every day. We will help you get Sam there on time. \
                If things do not change, we may ask a court to decide what is best for Sam.""", TERMS);
        assertThat(r.blocking()).isFalse();
        assertThat(r.findings()).isEmpty();
        assertThat(r.readability().fleschReadingEase()).isGreaterThan(70);
    }

    @Test
    void aHardTextAsAWholeIsAdvised() {
        String hard = ("Notwithstanding considerable organisational difficulties, the authority's professional "
                + "representatives anticipate substantial improvements regarding educational attendance. ").repeat(3);
        assertThat(kinds(TextCheck.check(hard, List.of()))).contains(FindingKind.HARD_TO_READ);
    }

    private static List<FindingKind> kinds(PlainEnglishResult r) {
        return r.findings().stream().map(Finding::kind).toList();
    }

    private static String words(int n) {
        return String.join(" ", java.util.Collections.nCopies(n, "word"));
    }
}

package org.opencsc.plainenglish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SyllablesTest {

    /** Dictionary syllable counts (Merriam-Webster) for words common in letters to parents. */
    static final Map<String, Integer> DICTIONARY = Map.ofEntries(
            Map.entry("the", 1), Map.entry("cat", 1), Map.entry("make", 1), Map.entry("makes", 1), Map.entry("liked", 1),
            Map.entry("wanted", 3 - 1), Map.entry("needed", 2), Map.entry("little", 2), Map.entry("table", 2),
            Map.entry("whole", 1), Map.entry("happy", 2), Map.entry("children", 2), Map.entry("school", 1),
            Map.entry("worried", 2), Map.entry("because", 2), Map.entry("family", 3), Map.entry("meeting", 2),
            Map.entry("together", 3), Map.entry("important", 3), Map.entry("decision", 3), Map.entry("support", 2),
            Map.entry("social", 2), Map.entry("worker", 2), Map.entry("proceedings", 3), Map.entry("solicitor", 4),
            Map.entry("independent", 4), Map.entry("advice", 2), Map.entry("court", 1), Map.entry("change", 1),
            Map.entry("changes", 2), Map.entry("safe", 1), Map.entry("home", 1), Map.entry("every", 3),
            Map.entry("creature", 2), Map.entry("hybrid", 2), Map.entry("platypus", 3), Map.entry("mammal", 2),
            Map.entry("seemingly", 3), Map.entry("buses", 2), Map.entry("wishes", 2), Map.entry("yes", 1),
            Map.entry("system", 2), Map.entry("agreement", 3), Map.entry("alcohol", 3), Map.entry("doctor", 2),
            Map.entry("letter", 2), Map.entry("help", 1), Map.entry("free", 1), Map.entry("legal", 2),
            Map.entry("neglect", 2), Map.entry("threshold", 2), Map.entry("significant", 4), Map.entry("harm", 1));

    @Test
    void agreesWithTheDictionaryOnAtLeastNineWordsInTen() {
        long right = DICTIONARY.entrySet().stream().filter(e -> Syllables.count(e.getKey()) == e.getValue()).count();
        assertThat((double) right / DICTIONARY.size())
                .as("wrong: %s", DICTIONARY.entrySet().stream().filter(e -> Syllables.count(e.getKey()) != e.getValue())
                        .map(e -> e.getKey() + "=" + Syllables.count(e.getKey())).toList())
                .isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void everyWordHasAtLeastOneSyllableAndANumberCounts() {
        assertThat(Syllables.count("a")).isEqualTo(1);
        assertThat(Syllables.count("rhythm")).isGreaterThanOrEqualTo(1);
        assertThat(Syllables.count("47")).isGreaterThanOrEqualTo(1);
        assertThat(Syllables.count("S47")).isEqualTo(1);
    }
}

package org.opencsc.support;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Surnames made up for one test, so the demo council's people (and other tests' people, which
 * share the database) never interfere. They are pronounceable because browser tests take
 * screenshots that people read.
 */
public final class TestNames {

    private static final String[] ONSETS = {"B", "D", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "V", "W",
            "Br", "Dr", "Gr", "Tr", "St"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u"};
    private static final String[] ENDS = {"by", "ton", "well", "ford", "ley", "wick", "dale", "more"};

    private TestNames() {
    }

    /** Like "Gravelford" or "Tomiley": about 80,000 possibilities. */
    public static String uniqueSurname() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return pick(ONSETS, r) + pick(VOWELS, r) + pick(ONSETS, r).toLowerCase() + pick(VOWELS, r) + pick(ENDS, r);
    }

    private static String pick(String[] options, ThreadLocalRandom r) {
        return options[r.nextInt(options.length)];
    }
}

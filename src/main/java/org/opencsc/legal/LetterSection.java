package org.opencsc.legal;

import java.util.Arrays;
import java.util.Optional;

/** The sections of a letter before proceedings, in the order the letter gives them. */
public enum LetterSection {
    WORRIES("Why we are worried"),
    CHANGES("What must change, and by when"),
    HELP("The help we will give you"),
    IF_NOTHING_CHANGES("What will happen if things do not change"),
    MEETING("The meeting we are inviting you to"),
    LEGAL_ADVICE("Your right to free legal advice");

    private final String heading;

    LetterSection(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }

    public static Optional<LetterSection> parse(String name) {
        return name == null ? Optional.empty() : Arrays.stream(values()).filter(s -> s.name().equals(name.trim())).findFirst();
    }
}

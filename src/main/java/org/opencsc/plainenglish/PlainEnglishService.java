package org.opencsc.plainenglish;

import org.springframework.stereotype.Service;

/**
 * The plain-English check with the current jargon list. No library was used for the scores: the
 * Java ones found are unmaintained or GPL, and the published formulas are a few lines (see
 * {@link TextCheck#readability}); they are tested against texts with published scores.
 */
@Service
class PlainEnglishService implements PlainEnglish {

    /** The longest text checked at once: a long letter is about 2,000 words (12,000 characters). */
    static final int MAX_CHARACTERS = 50_000;

    private final JargonTerms terms;

    PlainEnglishService(JargonTerms terms) {
        this.terms = terms;
    }

    @Override
    public PlainEnglishResult check(String text) {
        if (text == null || text.isBlank()) {
            return TextCheck.check("", java.util.List.of());
        }
        return TextCheck.check(text, terms.all());
    }
}

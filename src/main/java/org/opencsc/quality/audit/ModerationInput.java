package org.opencsc.quality.audit;

import java.util.Map;

/**
 * The second auditor's review: for each graded section (keyed by section id) and overall, the
 * grade they give (the auditor's own grade agrees with it) and, for a changed grade, why.
 */
public record ModerationInput(Map<String, Review> grades, Review overall, String comment) {

    public record Review(String grade, String reason) {
    }
}

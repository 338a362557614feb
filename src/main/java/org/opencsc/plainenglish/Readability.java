package org.opencsc.plainenglish;

/**
 * Readability of a text by the published formulas: Flesch reading ease (higher is easier; 60 to 70
 * is plain English), Flesch-Kincaid grade (US school grade), and the reading age in years that
 * grade means (grade + 5).
 */
public record Readability(int words, int sentences, int syllables, double fleschReadingEase, double fleschKincaidGrade,
                          double readingAge) {
}

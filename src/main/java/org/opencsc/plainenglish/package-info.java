/**
 * The plain-English check of any text a family will read (a letter before proceedings, a plan):
 * readability scores (Flesch reading ease, Flesch-Kincaid grade and a reading age), long
 * sentences, passive voice that hides who acts, and social-work and legal jargon with plain
 * alternatives, kept as data an administrator extends. {@link org.opencsc.plainenglish.PlainEnglish}
 * is what other features call; {@code POST /api/v1/plain-english/check} is the same check.
 */
package org.opencsc.plainenglish;

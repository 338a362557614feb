package org.opencsc.plainenglish;

/** A term from the jargon list with its plain alternative; {@code blocking} false for words with an everyday meaning too. */
record JargonTerm(long id, String term, String plainAlternative, boolean blocking) {
}

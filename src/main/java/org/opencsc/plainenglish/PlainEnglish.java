package org.opencsc.plainenglish;

/** Checks a text for plain English. The one implementation is a Spring bean in this package. */
public interface PlainEnglish {

    /** The scores and findings for this text (never null; an empty text has no findings and zero counts). */
    PlainEnglishResult check(String text);
}

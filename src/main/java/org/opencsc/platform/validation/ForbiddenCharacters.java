package org.opencsc.platform.validation;

/**
 * Characters no one types into a form: the C0 control characters other than tab, line feed
 * and carriage return, and half a surrogate pair (JSON can spell one, {@code "\ud800"}, which
 * no character is). PostgreSQL cannot store NUL in text at all (the request failed with
 * "invalid byte sequence"), a lone surrogate was silently stored as "?", and the other
 * controls are invisible garbage from a paste or a client bug. One rule, applied to every JSON
 * string, form field and query parameter before any feature sees them (see
 * {@code platform.web.RequestInputFilter}).
 */
public final class ForbiddenCharacters {

    public static final String MESSAGE = "must not contain control characters (such as NUL) or broken characters; "
            + "only tab and line breaks are allowed";

    private ForbiddenCharacters() {
    }

    public static boolean in(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a pair: one character outside the Basic Multilingual Plane, such as an emoji
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}

package org.opencsc.platform.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;

/**
 * A JSON field named as a client wrote it: {@code address.postcode}, {@code needs[0]},
 * {@code children[1].actions[0].dueOn}. Read from a Jackson exception's path or from where a
 * parser is.
 */
final class JsonFieldNames {

    /** The name used when a problem is with the body as a whole (missing, not JSON, not an object). */
    static final String BODY = "body";

    private JsonFieldNames() {
    }

    static String of(List<JacksonException.Reference> path) {
        StringBuilder name = new StringBuilder();
        for (JacksonException.Reference ref : path) {
            if (ref.getPropertyName() != null) {
                append(name, ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                name.append('[').append(ref.getIndex()).append(']');
            }
        }
        return name.isEmpty() ? BODY : name.toString();
    }

    static String of(TokenStreamContext context) {
        Deque<TokenStreamContext> chain = new ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder name = new StringBuilder();
        for (TokenStreamContext c : chain) {
            if (c.inObject() && c.currentName() != null) {
                append(name, c.currentName());
            } else if (c.inArray() && c.hasCurrentIndex()) {
                name.append('[').append(c.getCurrentIndex()).append(']');
            }
        }
        return name.isEmpty() ? BODY : name.toString();
    }

    private static void append(StringBuilder name, String property) {
        if (!name.isEmpty()) {
            name.append('.');
        }
        name.append(property);
    }
}

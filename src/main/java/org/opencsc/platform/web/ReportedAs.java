package org.opencsc.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a component of an API request record: the rules behind this JSON field report its
 * problems under another name, usually the page's form field (the case note rules say
 * "occurred" for the API's {@code occurredAt}). {@link ApiExceptionHandler} renames such a
 * problem to the JSON field, so every API error names a field the client sent, whichever
 * shared rule found it.
 */
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReportedAs {

    /** The names the rules use for this field. */
    String[] value();
}

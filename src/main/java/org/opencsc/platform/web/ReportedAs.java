package org.opencsc.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a component of an API request record, or on a controller's path variable or query
 * parameter: the rules behind this field report its problems under another name, usually the
 * page's form field (the case note rules say "occurred" for the API's {@code occurredAt}, the
 * closure rules "referralId" for the {@code id} in the address). {@link ApiExceptionHandler}
 * renames such a problem to the JSON field or parameter, so every API error names something
 * the client sent, whichever shared rule found it. A name ending in {@code *} stands for every
 * name it begins ({@code "child-*"} for the visit rules' "child-42-seen").
 */
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReportedAs {

    /** The names the rules use for this field. */
    String[] value();
}

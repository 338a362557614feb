package org.opencsc.platform.validation;

/** One thing wrong with what was typed: the field (as named in the form and the API) and a plain message. */
public record FieldProblem(String field, String message) {
}

package org.opencsc.security;

import org.opencsc.platform.validation.FieldProblem;

/**
 * A refusal of the role, not of the request as a whole: the user may send this form, but not
 * with this value in this field (a social worker's case note typed "Management oversight").
 * Answered 403 like any refusal, and logged as one, with the field named so a page can show the
 * message beside it and the API can list it in {@code errors}.
 */
public class FieldAccessDeniedException extends RecordAccessDeniedException {

    private final FieldProblem problem;

    public FieldAccessDeniedException(String field, String message) {
        super(message);
        this.problem = new FieldProblem(field, message);
    }

    public FieldProblem problem() {
        return problem;
    }
}

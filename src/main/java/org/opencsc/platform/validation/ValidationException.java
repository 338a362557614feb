package org.opencsc.platform.validation;

import java.util.List;

/** Bad input: answered as a 400 problem+json by the API, and as an error summary on a page. */
public class ValidationException extends RuntimeException {

    private final List<FieldProblem> problems;

    public ValidationException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "Invalid input" : problems.getFirst().message());
        this.problems = problems;
    }

    public ValidationException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

package org.opencsc.platform.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects what is wrong with a submission, in the order the fields appear, so the page can
 * show a GOV.UK error summary and the API a problem+json list from the same checks.
 */
public final class Problems {

    private final List<FieldProblem> list = new ArrayList<>();

    public Problems add(String field, String message) {
        if (!has(field)) {
            list.add(new FieldProblem(field, message));
        }
        return this;
    }

    /** Adds what a service refused, so a page can show it with the problems it found itself. */
    public Problems addAll(ValidationException refused) {
        refused.problems().forEach(p -> add(p.field(), p.message()));
        return this;
    }

    public boolean has(String field) {
        return list.stream().anyMatch(p -> p.field().equals(field));
    }

    public Optional<String> messageFor(String field) {
        return list.stream().filter(p -> p.field().equals(field)).map(FieldProblem::message).findFirst();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<FieldProblem> list() {
        return List.copyOf(list);
    }

    /** Throws if anything was found; services call this before they write. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new ValidationException(list());
        }
    }
}

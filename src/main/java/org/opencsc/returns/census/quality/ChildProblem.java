package org.opencsc.returns.census.quality;

import org.opencsc.returns.census.rules.RuleType;

/**
 * One census problem of one child, as a worker reads it: {@code says} in plain words, with the
 * DfE's {@code code} and {@code dfeMessage} beside it, and {@code href} the page where it is
 * fixed (null when there is none). A child the export could not write at all has code
 * {@link #UNEXPORTABLE} and the export's reason.
 */
public record ChildProblem(long personId, String code, RuleType type, String dfeMessage, String says, String href) {

    /** Not a DfE rule: the export could not write the child, so the census would leave them out. */
    public static final String UNEXPORTABLE = "not exported";

    public boolean error() {
        return type == RuleType.ERROR;
    }

    /** The due-work line: "Census: the assessment has no factors". */
    public String dueWorkTitle() {
        return (type == RuleType.QUERY ? "Census query: " : "Census: ") + says;
    }
}

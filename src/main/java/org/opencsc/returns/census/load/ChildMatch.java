package org.opencsc.returns.census.load;

import java.util.List;

/** Who a child in a file is in OpenCSC: someone new, a record held already, or not certain. */
sealed interface ChildMatch {

    /** No record matches: the child becomes a person. */
    record NewChild() implements ChildMatch {
    }

    /** The same child as this record, found by {@code how} ("LAchildID", "UPN"). */
    record Existing(long personId, String how) implements ChildMatch {
    }

    /** Perhaps one of these records: a person decides, and nothing is loaded until then. */
    record Uncertain(List<Long> candidateIds, String reason) implements ChildMatch {
    }
}

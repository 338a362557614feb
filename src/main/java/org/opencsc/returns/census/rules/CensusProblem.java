package org.opencsc.returns.census.rules;

import java.util.List;

/**
 * One rule failing for one child (or for the header): the rule, the fields and values
 * concerned, and where it is: the child's OpenCSC person and the id of the OpenCSC row the
 * failing module came from ({@code sourceId}: referral, assessment, S47, plan), so the report
 * can link to the page where it is fixed. Both ids are null for data read from a file.
 */
public record CensusProblem(
        String ruleCode,
        RuleType type,
        String message,
        String laChildId,
        Long personId,
        CensusModule module,
        Long sourceId,
        List<Field> fields) {

    public CensusProblem {
        fields = List.copyOf(fields);
    }

    /** A census item and its value as it stands in the message ("" when it is missing). */
    public record Field(String name, String value) {

        public static Field of(String name, Object value) {
            return new Field(name, value == null ? "" : value.toString());
        }
    }
}

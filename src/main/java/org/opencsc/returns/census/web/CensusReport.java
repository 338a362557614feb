package org.opencsc.returns.census.web;

import java.util.List;

/**
 * The validation report of one census message (our export or a file), as the pages, the JSON
 * API and the CSV show it: the failing rules with their counts, each child's problems, the
 * header's, and the children the export could not include. A child's name (and their record's
 * id and the links into it) is given only to a viewer who may open their record; a restricted
 * child appears by LAchildID alone.
 */
public record CensusReport(
        int year,
        String label,
        int childrenInMessage,
        long errors,
        long queries,
        List<RuleCount> rules,
        List<ProblemLine> headerProblems,
        List<ChildProblems> children,
        List<UnexportableChild> unexportable) {

    public CensusReport {
        rules = List.copyOf(rules);
        headerProblems = List.copyOf(headerProblems);
        children = List.copyOf(children);
        unexportable = List.copyOf(unexportable);
    }

    /** How many problems a rule found. {@code type} is "error" or "query". */
    public record RuleCount(String code, String type, String message, long count) {
    }

    /** One child's problems. personId and name are null unless the viewer may open the record. */
    public record ChildProblems(String laChildId, Long personId, String name, List<ProblemLine> problems) {

        public ChildProblems {
            problems = List.copyOf(problems);
        }
    }

    /**
     * One failing rule: its DfE code (with its Q for a query), error or query, the message, the
     * module (as the DfE names it), the items and their values, and the page where it is fixed
     * (null when there is none the viewer may open).
     */
    public record ProblemLine(String ruleCode, String type, String message, String module, List<FieldValue> fields,
                              String fixAt) {

        public ProblemLine {
            fields = List.copyOf(fields);
        }
    }

    /** A census item and its value ("" when it is missing). */
    public record FieldValue(String name, String value) {
    }

    /** A child the export could not include, and why. personId and name as for {@link ChildProblems}. */
    public record UnexportableChild(String laChildId, Long personId, String name, String reason) {
    }
}

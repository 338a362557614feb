package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Assertions the rules-b tests share: one problem, of the rule, on the record it names. */
final class RulesBChecks {

    private RulesBChecks() {
    }

    /** The only problem found: it is the rule's, in {@code module}, from row {@code sourceId}. */
    static CensusProblem onlyProblem(CensusRule rule, List<CensusProblem> problems, CensusModule module,
            Long sourceId) {
        assertThat(problems).hasSize(1);
        CensusProblem problem = problems.getFirst();
        assertThat(problem.ruleCode()).isEqualTo(rule.code());
        assertThat(problem.type()).isEqualTo(rule.code().endsWith("Q") ? RuleType.QUERY : RuleType.ERROR);
        assertThat(problem.message()).isEqualTo(rule.message());
        assertThat(problem.module()).isEqualTo(module);
        assertThat(problem.sourceId()).isEqualTo(sourceId);
        return problem;
    }

    /** The problem's fields, name to value as reported. */
    static Map<String, String> fields(CensusProblem problem) {
        return problem.fields().stream()
                .collect(Collectors.toMap(CensusProblem.Field::name, CensusProblem.Field::value));
    }
}

package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

/** Assertions the rule tests share: the one problem a broken child gives, and its fields as "name=value". */
final class RuleChecks {

    private RuleChecks() {
    }

    static LocalDate d(String isoDate) {
        return LocalDate.parse(isoDate);
    }

    /** The only problem found, checked to be {@code rule}'s, in {@code module}, for row {@code sourceId}. */
    static CensusProblem onlyProblem(List<CensusProblem> problems, CensusRule rule, CensusModule module, Long sourceId) {
        assertThat(problems).hasSize(1);
        CensusProblem problem = problems.getFirst();
        assertThat(problem.ruleCode()).isEqualTo(rule.code());
        assertThat(problem.type()).isEqualTo(rule.code().endsWith("Q") ? RuleType.QUERY : RuleType.ERROR);
        assertThat(problem.message()).isEqualTo(rule.message());
        assertThat(problem.module()).isEqualTo(module);
        assertThat(problem.sourceId()).isEqualTo(sourceId);
        return problem;
    }

    static List<String> fields(CensusProblem problem) {
        return problem.fields().stream().map(f -> f.name() + "=" + f.value()).toList();
    }
}

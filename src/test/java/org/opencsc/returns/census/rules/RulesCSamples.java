package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.Section47;

/**
 * Modules for the tests of rules 8794 to 8950Q, beside {@link CensusSamples}' valid child: an
 * assessment, an S47 enquiry and a child protection plan that are valid unless a test changes them.
 */
final class RulesCSamples {

    private RulesCSamples() {
    }

    static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    static Assessment assessment(LocalDate start, LocalDate authorised, String... factors) {
        return new Assessment(start, null, authorised, List.of(factors), 11L);
    }

    static Assessment assessment(long id, LocalDate start, LocalDate authorised, String... factors) {
        return new Assessment(start, null, authorised, List.of(factors), id);
    }

    static Section47 s47(long id, LocalDate start, LocalDate icpc, Boolean icpcNotRequired) {
        return new Section47(start, start == null ? null : start.plusDays(21), icpc, icpcNotRequired, id);
    }

    static ChildProtectionPlan plan(long id, LocalDate start, LocalDate end) {
        return new ChildProtectionPlan(start, end, "NEG", "NEG", 0, List.of(), id);
    }

    static ChildProtectionPlan plan(long id, LocalDate start, LocalDate end, List<LocalDate> reviews) {
        return new ChildProtectionPlan(start, end, "NEG", "NEG", 0, reviews, id);
    }

    /** The one problem a test expects, with its code, module, source row and fields by name. */
    static CensusProblem single(List<CensusProblem> problems, String code, CensusModule module, Long sourceId,
            String... fieldNames) {
        assertThat(problems).hasSize(1);
        CensusProblem problem = problems.getFirst();
        assertThat(problem.ruleCode()).isEqualTo(code);
        assertThat(problem.type()).isEqualTo(code.endsWith("Q") ? RuleType.QUERY : RuleType.ERROR);
        assertThat(problem.module()).isEqualTo(module);
        assertThat(problem.sourceId()).isEqualTo(sourceId);
        assertThat(problem.fields()).extracting(CensusProblem.Field::name).containsExactly(fieldNames);
        return problem;
    }

    static String value(CensusProblem problem, String fieldName) {
        return problem.fields().stream().filter(f -> f.name().equals(fieldName)).findFirst()
                .map(CensusProblem.Field::value).orElseThrow();
    }
}

package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusMessage;
import org.opencsc.returns.census.ChildIdentifiers;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.opencsc.returns.census.Section47;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * The rules of rules-a (100, 1103-1580, 2883-2991Q, 4000-4220) are all components the validation
 * service picks up, each exactly once, and the valid sample child passes them.
 */
class RulesACatalogueTest {

    static final List<String> CODES = List.of("100", "1103", "1104", "1105", "1510", "1520", "1530", "1540", "1550",
            "1560Q", "1570", "1580", "2883", "2884", "2885", "2886Q", "2887Q", "2888Q", "2889", "2990", "2991Q", "4000",
            "4001", "4003", "4004", "4008", "4009Q", "4010", "4011", "4012Q", "4013", "4014", "4015", "4016", "4017",
            "4180", "4220");

    /** Every {@code CensusRule} the component scan finds in the package, instantiated as Spring would. */
    private static List<CensusRule> componentRules() throws ReflectiveOperationException {
        // the default filters are @Component and its stereotypes; the type filter keeps the rules
        var scanner = new ClassPathScanningCandidateComponentProvider(true);
        scanner.addIncludeFilter(new AssignableTypeFilter(CensusRule.class));
        List<CensusRule> rules = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents(CensusRule.class.getPackageName())) {
            Class<?> type = Class.forName(definition.getBeanClassName());
            if (!CensusRule.class.isAssignableFrom(type)) {
                continue;
            }
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            rules.add((CensusRule) constructor.newInstance());
        }
        return rules;
    }

    private static List<CensusRule> rulesA() throws ReflectiveOperationException {
        return componentRules().stream().filter(r -> CODES.contains(r.code())).toList();
    }

    @Test
    void eachCodeIsOneComponentWithAMessage() throws ReflectiveOperationException {
        Map<String, Long> counts = componentRules().stream()
                .collect(Collectors.groupingBy(CensusRule::code, Collectors.counting()));
        for (String code : CODES) {
            assertThat(counts.get(code)).as("components for rule " + code).isEqualTo(1L);
        }
        assertThat(rulesA()).allSatisfy(rule -> {
            assertThat(rule.message()).isNotBlank();
            assertThat(rule.getClass().getSimpleName()).isEqualTo("Rule" + rule.code());
            assertThat(rule.type()).isEqualTo(rule.code().endsWith("Q") ? RuleType.QUERY : RuleType.ERROR);
        });
    }

    @Test
    void theValidChildPassesEveryRule() throws ReflectiveOperationException {
        Map<String, CensusRule> byCode = rulesA().stream().collect(Collectors.toMap(CensusRule::code, Function.identity()));
        for (String code : CODES) {
            List<CensusProblem> problems = check(byCode.get(code), child().build());
            if (code.equals("2887Q")) {
                // a return must use more than seven disability codes: no return of one child can,
                // so the valid child is queried here and passes only in a return like a council's
                assertThat(problems).extracting(CensusProblem::ruleCode).containsExactly("2887Q");
                assertThat(problems.getFirst().laChildId()).isNull();
            } else {
                assertThat(problems).as("rule " + code).isEmpty();
            }
        }
    }

    @Test
    void aChildWithEveryItemMissingIsReportedWithoutAnyRuleThrowing() throws ReflectiveOperationException {
        var episode = new CinDetails(null, null, null, null, null, null,
                List.of(new Assessment(null, null, null, List.of(), null)),
                List.of(new CinPlanDates(null, null, null), new CinPlanDates(null, null, null)),
                List.of(new Section47(null, null, null, null, null)), null,
                List.of(new ChildProtectionPlan(null, null, null, null, null, List.of(), null)), List.of(), null);
        var bare = new CensusChild(new ChildIdentifiers(null, null, null, null, null, null, null, null), null,
                List.of(episode), null);
        var problems = new CensusValidator(rulesA()).validate(new CensusMessage(null, List.of(bare)),
                CensusSamples.YEAR, CensusSamples.WORKING_DAYS);
        // the rules about a missing item fire; the rules comparing items skip what is not there
        assertThat(problems).extracting(CensusProblem::ruleCode)
                .contains("100", "4180", "4220", "4010", "4004", "4001")
                .doesNotContain("1103", "1104", "1105", "1510", "1570", "1580", "2889", "4011", "4014", "4016", "4017");
    }

    @Test
    void theValidChildPassesTheWholeSetTogetherInACouncilSizedReturn() throws ReflectiveOperationException {
        // eight children with different disabilities besides the valid child satisfy the
        // return-level queries, so the whole set runs over one message with no problem at all
        List<String> disabilities = List.of("MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS");
        List<CensusChild> children = new ArrayList<>(List.of(child().build()));
        for (int i = 0; i < disabilities.size(); i++) {
            var other = child();
            other.laChildId = "OTHER" + i;
            other.upn = null;
            other.upnUnknown = "UN1";
            other.personId = 10L + i;
            other.disabilities = new ArrayList<>(i == 0 ? List.of(disabilities.get(i), "VIS") : List.of(disabilities.get(i)));
            children.add(other.build());
        }
        var problems = new CensusValidator(rulesA()).validate(
                new CensusMessage(CensusSamples.header().build(), children),
                CensusSamples.YEAR, CensusSamples.WORKING_DAYS);
        assertThat(problems).isEmpty();
    }
}

package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;

/** Rules 8794 to 8950Q: each is a rule component exactly once, and the valid sample child passes them all. */
class RulesCCatalogueTest {

    static final List<String> CODES = List.of("8794", "8805", "8810", "8815", "8816", "8820", "8825Q", "8831",
            "8832", "8839", "8840", "8841", "8842Q", "8863Q", "8866", "8867", "8868", "8869", "8870Q", "8873Q",
            "8875", "8890", "8896", "8897Q", "8898", "8905", "8910", "8915", "8920", "8925", "8930", "8935",
            "8940", "8945Q", "8950Q");

    @Test
    void everyCodeIsARuleComponentExactlyOnce() throws Exception {
        Map<String, Long> components = ruleComponents().stream()
                .collect(Collectors.groupingBy(CensusRule::code, Collectors.counting()));
        assertThat(CODES).hasSize(35).doesNotHaveDuplicates();
        for (String code : CODES) {
            assertThat(components.get(code)).as("components with code %s", code).isEqualTo(1L);
        }
    }

    @Test
    void theValidSampleChildPassesEveryRule() throws Exception {
        Map<String, CensusRule> byCode = ruleComponents().stream()
                .collect(Collectors.toMap(CensusRule::code, Function.identity(), (a, b) -> a));
        List<CensusRule> mine = CODES.stream().map(byCode::get).toList();
        assertThat(mine).doesNotContainNull();
        for (CensusRule rule : mine) {
            assertThat(CensusSamples.check(rule, CensusSamples.child().build())).as(rule.code()).isEmpty();
        }
    }

    @Test
    void typesFollowTheQSuffix() throws Exception {
        for (CensusRule rule : ruleComponents()) {
            if (CODES.contains(rule.code())) {
                assertThat(rule.type()).isEqualTo(rule.code().endsWith("Q") ? RuleType.QUERY : RuleType.ERROR);
                assertThat(rule.message()).isNotBlank().isEqualTo(rule.message().strip());
            }
        }
    }

    /** Every @Component CensusRule in the package, made as Spring would (rules are stateless, no-argument). */
    private static List<CensusRule> ruleComponents() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(CensusRule.class));
        List<CensusRule> rules = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(CensusRule.class.getPackageName())) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (!CensusRule.class.isAssignableFrom(type) || !type.isAnnotationPresent(Component.class)) {
                continue;
            }
            Constructor<?> noArguments = Arrays.stream(type.getDeclaredConstructors())
                    .filter(c -> c.getParameterCount() == 0).findFirst().orElse(null);
            if (noArguments != null) {
                noArguments.setAccessible(true);
                rules.add((CensusRule) noArguments.newInstance());
            }
        }
        return rules;
    }
}

package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rules-b part of the catalogue: every one of its 36 DfE codes is a Spring component
 * exactly once (so the census validation runs it), and the valid sample child passes them all.
 */
@IntegrationTest
class RulesBCatalogueTest {

    static final Set<String> CODES = Set.of(
            "8510", "8520", "8525Q", "8530Q", "8535Q", "8540", "8545Q", "8555Q", "8565", "8568", "8569Q",
            "8585Q", "8590", "8600", "8606", "8608", "8610", "8614", "8615", "8620", "8630", "8640", "8650",
            "8670Q", "8675Q", "8696", "8715", "8720", "8730", "8736", "8740", "8750", "8770Q", "8772", "8775Q",
            "8790");

    @Autowired
    CensusValidation validation;

    @Test
    void everyCodeIsAComponentExactlyOnce() {
        Map<String, Long> counts = validation.rules().stream()
                .collect(Collectors.groupingBy(CensusRule::code, Collectors.counting()));
        assertThat(CODES).hasSize(36).allSatisfy(code -> assertThat(counts).as(code).containsEntry(code, 1L));
    }

    @Test
    void theValidSampleChildPassesEveryRule() {
        assertThat(mine()).hasSize(CODES.size());
        var message = new CensusMessage(CensusSamples.header().build(), List.of(CensusSamples.child().build()));
        assertThat(new CensusValidator(mine()).validate(message, CensusSamples.YEAR, CensusSamples.WORKING_DAYS))
                .isEmpty();
    }

    @Test
    void aChildWithEveryItemMissingBreaksNoRuleAndTheMissingItemRulesFire() {
        var episode = new CinDetails(null, null, null, null, null, null,
                List.of(new Assessment(null, null, null, List.of(), null)),
                List.of(new CinPlanDates(null, null, null)),
                List.of(new Section47(null, null, null, null, null)), null,
                List.of(new ChildProtectionPlan(null, null, null, null, null, List.of(), null)), List.of(), null);
        var bare = new CensusChild(new ChildIdentifiers("BARE", null, null, null, null, null, null, null), null,
                List.of(episode), null);
        var message = new CensusMessage(CensusSamples.header().build(), List.of(bare));
        var problems = new CensusValidator(mine()).validate(message, CensusSamples.YEAR, CensusSamples.WORKING_DAYS);
        assertThat(problems).extracting(CensusProblem::ruleCode)
                .containsExactlyInAnyOrder("8525Q", "8568", "8600", "8720", "8730");
    }

    private List<CensusRule> mine() {
        return validation.rules().stream().filter(rule -> CODES.contains(rule.code())).toList();
    }
}

package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The issue's 109 DfE rules for 2025-26, each present exactly once in the running app, and the
 * valid sample child passing every one of them (so each rule's failing test fails for its own
 * reason, not because the sample is wrong).
 */
@IntegrationTest
class AllRulesCatalogueTest {

    static final List<String> CODES = List.of("100", "1103", "1104", "1105", "1510", "1520", "1530", "1540",
            "1550", "1560Q", "1570", "1580", "2883", "2884", "2885", "2886Q", "2887Q", "2888Q", "2889", "2990",
            "2991Q", "4000", "4001", "4003", "4004", "4008", "4009Q", "4010", "4011", "4012Q", "4013", "4014",
            "4015", "4016", "4017", "4180", "4220", "8500", "8510", "8520", "8525Q", "8530Q", "8535Q", "8540",
            "8545Q", "8555Q", "8565", "8568", "8569Q", "8585Q", "8590", "8600", "8606", "8608", "8610", "8614",
            "8615", "8620", "8630", "8640", "8650", "8670Q", "8675Q", "8696", "8715", "8720", "8730", "8736",
            "8740", "8750", "8770Q", "8772", "8775Q", "8790", "8794", "8805", "8810", "8815", "8816", "8820",
            "8825Q", "8831", "8832", "8839", "8840", "8841", "8842Q", "8863Q", "8866", "8867", "8868", "8869",
            "8870Q", "8873Q", "8875", "8890", "8896", "8897Q", "8898", "8905", "8910", "8915", "8920", "8925",
            "8930", "8935", "8940", "8945Q", "8950Q",
            // PreProceedingsandFGDM (issue 13)
            "9000Q", "9005", "9006", "9007", "9008", "9009", "9010Q", "9011", "9012", "9013", "9015Q");

    @Autowired
    CensusValidation validation;

    @Test
    void everyRuleOfTheIssueRunsExactlyOnce() {
        assertThat(CODES).hasSize(120).doesNotHaveDuplicates();
        assertThat(validation.rules()).extracting(CensusRule::code).containsExactlyInAnyOrderElementsOf(CODES);
    }

    @Test
    void everyRuleHasItsMessageAndTheRightType() {
        for (CensusRule rule : validation.rules()) {
            assertThat(rule.message()).as(rule.code()).isNotBlank();
            assertThat(rule.type()).as(rule.code())
                    .isEqualTo(rule.code().endsWith("Q") ? RuleType.QUERY : RuleType.ERROR);
        }
    }

    /** Whole-return queries (2887Q: fewer than 8 disability codes in the return) are about the return, not the child. */
    @Test
    void theValidSampleChildPassesEveryRule() {
        var message = new org.opencsc.returns.census.CensusMessage(CensusSamples.header().build(),
                List.of(CensusSamples.child().build()));
        assertThat(new CensusValidator(validation.rules())
                .validate(message, CensusSamples.YEAR, CensusSamples.WORKING_DAYS))
                .filteredOn(p -> p.laChildId() != null).isEmpty();
    }
}

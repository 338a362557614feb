package org.opencsc.returns.census.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemWordingTest {

    @Test
    void aCrypticRuleIsSaidInPlainWordsAndAnyOtherInTheDfesOwn() {
        assertThat(ProblemWording.says("8568", "RNFA flag is missing or invalid")).isEqualTo("the referral's no-further-action answer is missing");
        assertThat(ProblemWording.says("8897Q", "Parental or child factors at assessment information is missing from a completed assessment"))
                .isEqualTo("the assessment has no factors");
        assertThat(ProblemWording.says("9999", "A rule the wording does not know")).isEqualTo("A rule the wording does not know");
    }

    @Test
    void anExportReasonIsCutToItsFirstClause() {
        assertThat(ProblemWording.shortReason("No ethnicity is recorded, and the census cannot be sent without one: record it."))
                .isEqualTo("no ethnicity is recorded");
        assertThat(ProblemWording.shortReason("The recorded gender (7) is not one the census can send: record the child's gender."))
                .isEqualTo("the recorded gender (7) is not one the census can send");
        assertThat(ProblemWording.shortReason("No date of birth.")).isEqualTo("no date of birth");
    }
}

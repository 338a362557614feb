package org.opencsc.plainenglish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The bean other features inject, with the jargon list shipped in V56. */
@IntegrationTest
class PlainEnglishServiceTest {

    @Autowired
    PlainEnglish plainEnglish;

    @Test
    void theShippedListFindsTheIssuesExamples() {
        PlainEnglishResult r = plainEnglish.check("""
                The threshold for significant harm is met because of chronic neglect. Sam was LAC under section 20 \
                and the S47 found disguised compliance. The PLO starts now. The core group and multi-agency \
                safeguarding partners agree.""");
        assertThat(r.findings()).filteredOn(f -> f.kind() == FindingKind.JARGON).extracting(Finding::words)
                .contains("threshold", "significant harm", "chronic neglect", "LAC", "section 20", "S47",
                        "disguised compliance", "PLO", "core group", "multi-agency", "safeguarding");
        assertThat(r.blocking()).isTrue();
    }

    @Test
    void aTermAnAdministratorAddsCountsAtOnce(@Autowired JargonTerms terms) {
        String term = "zorblification" + System.nanoTime() % 100000;
        assertThat(plainEnglish.check("The " + term + " is done.").findings()).noneMatch(f -> f.words().equals(term));
        terms.add(term, "say it plainly", true, null);
        assertThat(plainEnglish.check("The " + term + " is done.").findings())
                .anyMatch(f -> f.kind() == FindingKind.JARGON && f.words().equals(term) && f.blocking());
    }
}

package org.opencsc.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.rules.CensusSamples.check;
import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.RulesCSamples.day;
import static org.opencsc.returns.census.rules.RulesCSamples.single;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusLinks;
import org.opencsc.returns.census.PreProceedings;

/** The PreProceedingsandFGDM rules (9000Q, 9005 to 9015Q as found), each passing and failing. */
class PreProceedingsRulesTest {

    /** A complete pre-proceedings in the 2025-26 year, every date in order. */
    private static PreProceedings valid() {
        return new PreProceedings(day(2025, 7, 1), day(2025, 7, 8), true, true, day(2025, 7, 15), 2,
                day(2025, 10, 1), "C", day(2025, 10, 8), day(2025, 10, 9), 61L);
    }

    private static CensusChild with(PreProceedings p) {
        var child = child();
        child.episode().preProceedings.add(p);
        return child.build();
    }

    private static PreProceedings letterSent(LocalDate sent) {
        PreProceedings v = valid();
        return new PreProceedings(v.ppStartDate(), sent, v.fgdmMeetingOffer(), v.fgdmMeetingFac(),
                v.initialPpMeetingDate(), v.reviewMeetingsCount(), v.stepDecisionDate(), v.ppOutcome(),
                v.courtAppDate(), v.letterInitCpDate(), v.sourceId());
    }

    @Test
    void aCompletePreProceedingsInOrderPassesEveryRule() {
        for (CensusRule rule : new CensusRule[] {new Rule9000Q(), new Rule9005(), new Rule9006(), new Rule9007(), new Rule9008(), new Rule9009(), new Rule9010Q(), new Rule9011(), new Rule9012(),
                new Rule9013(), new Rule9015Q()}) {
            assertThat(check(rule, with(valid()))).as(rule.code()).isEmpty();
        }
    }

    @Test
    void aLetterBeforeTheStartOrOutsideTheYearIsAnError() {
        single(check(new Rule9006(), with(letterSent(day(2025, 6, 30)))), "9006", CensusModule.PRE_PROCEEDINGS, 61L,
                "LBPSentDate", "PPStartDate");
        single(check(new Rule9006(), with(letterSent(day(2026, 4, 1)))), "9006", CensusModule.PRE_PROCEEDINGS, 61L,
                "LBPSentDate", "PPStartDate");
    }

    @Test
    void aLetterSentWithoutSayingWhetherFamilyGroupDecisionMakingWasOfferedIsAnError() {
        PreProceedings v = valid();
        PreProceedings unsaid = new PreProceedings(v.ppStartDate(), v.lbpSentDate(), null, null,
                v.initialPpMeetingDate(), v.reviewMeetingsCount(), v.stepDecisionDate(), v.ppOutcome(),
                v.courtAppDate(), v.letterInitCpDate(), 61L);
        single(check(new Rule9007(), with(unsaid)), "9007", CensusModule.PRE_PROCEEDINGS, 61L,
                "LBPSentDate", "FGDMMeetingOffer");
    }

    @Test
    void anOutcomeOutsideCs131IsAnError() {
        PreProceedings v = valid();
        PreProceedings wrong = new PreProceedings(v.ppStartDate(), v.lbpSentDate(), true, true,
                v.initialPpMeetingDate(), 2, v.stepDecisionDate(), "D", v.courtAppDate(), v.letterInitCpDate(), 61L);
        single(check(new Rule9011(), with(wrong)), "9011", CensusModule.PRE_PROCEEDINGS, 61L, "PPOutcome");
    }

    @Test
    void aCourtApplicationBeforeTheStepDecisionIsAnError() {
        PreProceedings v = valid();
        PreProceedings early = new PreProceedings(v.ppStartDate(), v.lbpSentDate(), true, true,
                v.initialPpMeetingDate(), 2, v.stepDecisionDate(), "C", day(2025, 9, 30), day(2025, 10, 9), 61L);
        single(check(new Rule9012(), with(early)), "9012", CensusModule.PRE_PROCEEDINGS, 61L,
                "CourtAppDate", "StepDecisionDate");
    }

    @Test
    void theParentsLetterBeforeTheCourtApplicationIsAnError() {
        PreProceedings v = valid();
        PreProceedings early = new PreProceedings(v.ppStartDate(), v.lbpSentDate(), true, true,
                v.initialPpMeetingDate(), 2, v.stepDecisionDate(), "C", v.courtAppDate(), day(2025, 10, 7), 61L);
        single(check(new Rule9013(), with(early)), "9013", CensusModule.PRE_PROCEEDINGS, 61L,
                "LetterInitCPDate", "CourtAppDate");
    }

    @Test
    void anInitialMeetingWithoutTheNumberOfReviewsIsQueried() {
        PreProceedings v = valid();
        PreProceedings uncounted = new PreProceedings(v.ppStartDate(), v.lbpSentDate(), true, true,
                v.initialPpMeetingDate(), null, v.stepDecisionDate(), "C", v.courtAppDate(), v.letterInitCpDate(), 61L);
        single(check(new Rule9015Q(), with(uncounted)), "9015Q", CensusModule.PRE_PROCEEDINGS, 61L,
                "InitialPPMeetingDate", "ReviewMeetingsCount");
    }

    @Test
    void aProblemLinksToThePreProceedingsPage() {
        assertThat(CensusLinks.pageFor(CensusModule.PRE_PROCEEDINGS, 5L, 61L)).isEqualTo("/people/5/pre-proceedings/61");
        assertThat(CensusLinks.pageFor(CensusModule.PRE_PROCEEDINGS, 5L, null))
                .isEqualTo("/people/5/assessments-and-protection");
    }

    @Test
    void aStartOutsideTheYearIsAnError() {
        PreProceedings v = valid();
        PreProceedings early = new PreProceedings(day(2025, 3, 31), v.lbpSentDate(), true, true,
                v.initialPpMeetingDate(), 2, v.stepDecisionDate(), "C", v.courtAppDate(), v.letterInitCpDate(), 61L);
        single(check(new Rule9005(), with(early)), "9005", CensusModule.PRE_PROCEEDINGS, 61L, "PPStartDate");
    }

    @Test
    void aStepDecisionBeforeTheStartIsAnError() {
        PreProceedings v = valid();
        PreProceedings early = new PreProceedings(v.ppStartDate(), v.lbpSentDate(), true, true,
                v.initialPpMeetingDate(), 2, day(2025, 6, 30), "C", v.courtAppDate(), v.letterInitCpDate(), 61L);
        single(check(new Rule9009(), with(early)), "9009", CensusModule.PRE_PROCEEDINGS, 61L,
                "StepDecisionDate", "PPStartDate");
    }

    @Test
    void anOfferWithoutSayingWhetherTheMeetingWasHeldIsQueried() {
        PreProceedings v = valid();
        PreProceedings unsaid = new PreProceedings(v.ppStartDate(), v.lbpSentDate(), true, null,
                v.initialPpMeetingDate(), 2, v.stepDecisionDate(), "C", v.courtAppDate(), v.letterInitCpDate(), 61L);
        single(check(new Rule9010Q(), with(unsaid)), "9010Q", CensusModule.PRE_PROCEEDINGS, 61L,
                "FGDMMeetingOffer", "FGDMMeetingFac");
        PreProceedings notOffered = new PreProceedings(v.ppStartDate(), v.lbpSentDate(), false, null,
                v.initialPpMeetingDate(), 2, v.stepDecisionDate(), "C", v.courtAppDate(), v.letterInitCpDate(), 61L);
        assertThat(check(new Rule9010Q(), with(notOffered))).isEmpty();
    }

    @Test
    void anInitialMeetingAfterTheReferenceDateIsAnError() {
        PreProceedings v = valid();
        PreProceedings late = new PreProceedings(v.ppStartDate(), v.lbpSentDate(), true, true,
                day(2026, 4, 2), 2, v.stepDecisionDate(), "C", v.courtAppDate(), v.letterInitCpDate(), 61L);
        single(check(new Rule9008(), with(late)), "9008", CensusModule.PRE_PROCEEDINGS, 61L, "InitialPPMeetingDate");
    }

    @Test
    void aReturnWithNoPreProceedingsStartForAnyChildIsQueriedOnceForTheWholeReturn() {
        var none = check(new Rule9000Q(), CensusSamples.header().build(), java.util.List.of(child().build(), child().build()));
        assertThat(none).singleElement().satisfies(p -> {
            assertThat(p.ruleCode()).isEqualTo("9000Q");
            assertThat(p.type()).isEqualTo(RuleType.QUERY);
            assertThat(p.module()).isEqualTo(CensusModule.HEADER);
            assertThat(p.laChildId()).isNull();
        });
        assertThat(check(new Rule9000Q(), CensusSamples.header().build(), java.util.List.of(child().build(), with(valid()))))
                .as("one child with a start date is enough").isEmpty();
    }
}

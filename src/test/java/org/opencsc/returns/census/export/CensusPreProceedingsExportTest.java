package org.opencsc.returns.census.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusMessage;
import org.opencsc.returns.census.CensusYear;
import org.opencsc.returns.census.xml.CensusXml;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The PreProceedingsandFGDM block comes from the pre-proceedings records (V55), rows inserted
 * with SQL here so the test does not depend on the legal pages. The 2025-26 year is in the past
 * on any day these tests run.
 */
@IntegrationTest
class CensusPreProceedingsExportTest {

    private static final CensusYear YEAR = new CensusYear(2026);

    @Autowired
    CensusExport export;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aChildInPreProceedingsIsExportedWithEveryItemAndTheFileIsValid() throws Exception {
        ProtectionJourney.Referred r = journey.referredAndAllocated(LocalDate.of(2025, 5, 6), "social", LocalDate.of(2016, 3, 3), "WBRI");
        long pp = preProceedings(r.child(), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 3), LocalDate.of(2025, 7, 20),
                LocalDate.of(2025, 10, 1), "ISSUE_PROCEEDINGS", LocalDate.of(2025, 10, 8), LocalDate.of(2025, 10, 9));
        meeting(pp, "INITIAL", LocalDate.of(2025, 7, 15));
        meeting(pp, "REVIEW", LocalDate.of(2025, 8, 15));
        meeting(pp, "REVIEW", LocalDate.of(2025, 9, 15));
        meeting(pp, "REVIEW", null);  // planned, not held: not counted
        long letter = letter(pp, r.child());
        sent(letter, 1, LocalDate.of(2025, 7, 8), r.child());
        sent(letter, 2, LocalDate.of(2025, 7, 10), r.child());  // a resend: LBPSentDate stays the first
        // started before the episode's referral: not this episode's
        preProceedings(r.child(), LocalDate.of(2025, 5, 1), null, null, null, null, null, null);

        CensusChild child = export.exportChildren(YEAR, List.of(r.child())).message().children().getFirst();

        assertThat(child.cinDetails()).singleElement().satisfies(episode ->
                assertThat(episode.preProceedings()).singleElement().satisfies(p -> {
                    assertThat(p.sourceId()).isEqualTo(pp);
                    assertThat(p.ppStartDate()).isEqualTo(LocalDate.of(2025, 7, 1));
                    assertThat(p.lbpSentDate()).isEqualTo(LocalDate.of(2025, 7, 8));
                    assertThat(p.fgdmMeetingOffer()).isTrue();
                    assertThat(p.fgdmMeetingFac()).isTrue();
                    assertThat(p.initialPpMeetingDate()).isEqualTo(LocalDate.of(2025, 7, 15));
                    assertThat(p.reviewMeetingsCount()).isEqualTo(2);
                    assertThat(p.stepDecisionDate()).isEqualTo(LocalDate.of(2025, 10, 1));
                    assertThat(p.ppOutcome()).isEqualTo("C");
                    assertThat(p.courtAppDate()).isEqualTo(LocalDate.of(2025, 10, 8));
                    assertThat(p.letterInitCpDate()).isEqualTo(LocalDate.of(2025, 10, 9));
                }));

        CensusMessage message = new CensusMessage(export.exportChildren(YEAR, List.of(r.child())).message().header(),
                List.of(child));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CensusXml.write(message, out);
        CensusXml.schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(out.toByteArray())));
        assertThat(out.toString(StandardCharsets.UTF_8)).containsSubsequence("<PreProceedingsandFGDM>",
                "<PPStartDate>2025-07-01</PPStartDate>", "<LBPSentDate>2025-07-08</LBPSentDate>",
                "<FGDMMeetingOffer>true</FGDMMeetingOffer>", "<FGDMMeetingFac>true</FGDMMeetingFac>",
                "<InitialPPMeetingDate>2025-07-15</InitialPPMeetingDate>", "<ReviewMeetingsCount>2</ReviewMeetingsCount>",
                "<StepDecisionDate>2025-10-01</StepDecisionDate>", "<PPOutcome>C</PPOutcome>",
                "<CourtAppDate>2025-10-08</CourtAppDate>", "<LetterInitCPDate>2025-10-09</LetterInitCPDate>");
    }

    @Test
    void anOpenPreProceedingsWithoutFamilyGroupDecisionMakingSaysNo() {
        ProtectionJourney.Referred r = journey.referredAndAllocated(LocalDate.of(2025, 6, 2), "social", LocalDate.of(2016, 3, 3), "WBRI");
        preProceedings(r.child(), LocalDate.of(2026, 1, 5), null, null, null, null, null, null);

        CensusChild child = export.exportChildren(YEAR, List.of(r.child())).message().children().getFirst();

        assertThat(child.cinDetails().getFirst().preProceedings()).singleElement().satisfies(p -> {
            assertThat(p.fgdmMeetingOffer()).isFalse();
            assertThat(p.fgdmMeetingFac()).isFalse();
            assertThat(p.lbpSentDate()).isNull();
            assertThat(p.reviewMeetingsCount()).isNull();
            assertThat(p.ppOutcome()).isNull();
        });
    }

    private long preProceedings(long child, LocalDate started, LocalDate fgdmOffered, LocalDate fgdmHeld,
                                LocalDate stepDecision, String outcome, LocalDate court, LocalDate issueLetter) {
        long social = journey.user("social").id();
        long manager = journey.user("manager").id();
        long meeting = jdbc.sql("""
                INSERT INTO legal_planning_meeting (held_on, social_worker_id, manager_id, legal_adviser_id,
                    threshold_discussion, decision, reasons, recorded_by)
                VALUES (?, ?, ?, ?, 'Threshold met', 'ENTER_PRE_PROCEEDINGS', 'Neglect continues', 'test')
                RETURNING id""").params(started, social, manager, manager).query(Long.class).single();
        jdbc.sql("INSERT INTO legal_planning_meeting_child (meeting_id, person_id) VALUES (?, ?)")
                .params(meeting, child).update();
        return jdbc.sql("""
                INSERT INTO pre_proceedings (person_id, meeting_id, started_on, aim_on, aim_set_how, fgdm_offered_on,
                    fgdm_held_on, step_decision_on, outcome, outcome_reasons, court_application_on,
                    issue_letter_sent_on, recorded_by)
                VALUES (?, ?, ?, ?, '16 weeks from the start', ?, ?, ?, ?, ?, ?, ?, 'test') RETURNING id""")
                .params(child, meeting, started, started.plusWeeks(16), fgdmOffered, fgdmHeld, stepDecision, outcome,
                        outcome == null ? null : "Reasons", court, issueLetter)
                .query(Long.class).single();
    }

    private void meeting(long pp, String kind, LocalDate held) {
        jdbc.sql("""
                INSERT INTO pre_proceedings_meeting (pre_proceedings_id, kind, planned_on, place, held_on, summary,
                    recorded_by)
                VALUES (?, ?, ?, 'Family centre', ?, ?, 'test')""")
                .params(pp, kind, held == null ? LocalDate.of(2025, 12, 1) : held, held, held == null ? null : "Held")
                .update();
    }

    private long letter(long pp, long child) {
        long letter = jdbc.sql("INSERT INTO proceedings_letter (created_by) VALUES ('test') RETURNING id")
                .query(Long.class).single();
        jdbc.sql("INSERT INTO proceedings_letter_child (letter_id, pre_proceedings_id, person_id) VALUES (?, ?, ?)")
                .params(letter, pp, child).update();
        return letter;
    }

    private void sent(long letter, int number, LocalDate on, long child) {
        long document = jdbc.sql("""
                INSERT INTO document (kind, title, document_date, file_name, media_type, size_bytes, sha256, storage,
                    added_by)
                VALUES ('LETTER_BEFORE_PROCEEDINGS', 'Letter', ?, 'letter.pdf', 'application/pdf', 10, 'x', 'DATABASE',
                    'test') RETURNING id""").params(on).query(Long.class).single();
        jdbc.sql("INSERT INTO document_subject (document_id, person_id) VALUES (?, ?)").params(document, child).update();
        jdbc.sql("""
                INSERT INTO proceedings_letter_sent (letter_id, number, sent_on, sent_by, document_id, sections, findings)
                VALUES (?, ?, ?, 'test', ?, '{}'::jsonb, '[]'::jsonb)""").params(letter, number, on, document).update();
    }
}

package org.opencsc.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencsc.security.AccessLog.Channel.API;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The letter before proceedings: drafted from the template and the plan, checked, refused or sent as a versioned PDF. */
@IntegrationTest
class ProceedingsLetterTest {

    @Autowired
    ProceedingsLetters letters;
    @Autowired
    EventLog events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LetterJourney letterJourney;

    private CurrentUser user(String name) {
        return letterJourney.user(name);
    }

    private long draft(List<LetterJourney.Ready> ready) {
        LetterJourney.Ready first = ready.getFirst();
        return letters.draft(first.child(), new ProceedingsLetterInput(first.preProceedingsId(),
                ready.stream().skip(1).map(LetterJourney.Ready::preProceedingsId).toList(), List.of(first.parent()), true),
                user("social"), API);
    }

    private ProceedingsLetterView written(long child, long letter) {
        ProceedingsLetterView view = letters.open(child, letter, user("social"), API, "/test");
        return letters.save(child, letter, view.version(), LetterJourney.written(view.sections()), user("social"), API);
    }

    @Test
    void theTemplateNamesTheParentAndChildAndTakesTheChangesFromThePlan() {
        List<LetterJourney.Ready> ready = letterJourney.ready(1);
        LetterJourney.Ready r = ready.getFirst();
        long id = draft(ready);
        ProceedingsLetterView letter = letters.open(r.child(), id, user("social"), API, "/test");
        String kai = letter.children().getFirst().name();
        assertThat(kai).isEqualTo("Kai");
        assertThat(letter.recipients().getFirst().name()).startsWith("Ann Parent");
        assertThat(letter.sections().get(LetterSection.WORRIES)).contains("worried about Kai").contains("cold");
        assertThat(letter.sections().get(LetterSection.CHANGES)).contains("For Kai")
                .contains("Child 1 gets to school on time every day, by ").contains("Child 1 sees the dentist, by ");
        assertThat(letter.sections().get(LetterSection.MEETING)).contains("Family Centre, 1 High Street").contains("family group meeting");
        assertThat(letter.sections().get(LetterSection.LEGAL_ADVICE)).contains("Find a Solicitor").contains("Children Law Accreditation")
                .contains("Legal aid");
        assertThat(String.join(" ", letter.sections().values())).doesNotContainIgnoringCase("subject child");
        // The template itself is plain English: only the worker's own words can block it.
        LetterCheck check = letters.check(letters.open(r.child(), id, user("social"), API, "/test"));
        assertThat(check.sections().get(LetterSection.LEGAL_ADVICE).blocking()).isFalse();
        assertThat(check.sections().get(LetterSection.IF_NOTHING_CHANGES).blocking()).isFalse();
        assertThat(check.sections().get(LetterSection.MEETING).blocking()).isFalse();
        assertThat(check.whole().readability().words()).isPositive();
    }

    @Test
    void anEmptySectionOrAnInstructionLeftInIsRefusedNamingTheSection() {
        List<LetterJourney.Ready> ready = letterJourney.ready(1);
        long child = ready.getFirst().child();
        long id = draft(ready);
        ProceedingsLetterView letter = letters.open(child, id, user("social"), API, "/test");
        assertThatThrownBy(() -> letters.send(child, id, letter.version(), null, user("social"), API))
                .isInstanceOf(ValidationException.class).hasMessageContaining("square brackets");
        Map<LetterSection, String> sections = new EnumMap<>(LetterJourney.written(letter.sections()));
        sections.put(LetterSection.HELP, "  ");
        ProceedingsLetterView saved = letters.save(child, id, letter.version(), sections, user("social"), API);
        assertThatThrownBy(() -> letters.send(child, id, saved.version(), null, user("social"), API))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.field() + p.message()).isEqualTo("sections.HELP"
                                + "Write the section “The help we will give you” before sending the letter")));
        assertThat(jdbc.sql("SELECT count(*) FROM proceedings_letter_sent WHERE letter_id = ?").params(id).query(Long.class).single())
                .isZero();
    }

    @Test
    void blockingFindingsStopTheWorkerButAManagersOverrideIsKept() {
        List<LetterJourney.Ready> ready = letterJourney.ready(1);
        long child = ready.getFirst().child();
        long id = draft(ready);
        ProceedingsLetterView letter = letters.open(child, id, user("social"), API, "/test");
        Map<LetterSection, String> sections = new EnumMap<>(LetterJourney.written(letter.sections()));
        sections.put(LetterSection.WORRIES, "We are worried about chronic neglect. The threshold is met under the PLO.");
        ProceedingsLetterView saved = letters.save(child, id, letter.version(), sections, user("social"), API);
        assertThat(letters.check(saved).sections().get(LetterSection.WORRIES).findings())
                .extracting(f -> f.words()).contains("chronic neglect", "PLO");
        assertThatThrownBy(() -> letters.send(child, id, saved.version(), null, user("social"), API))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("overrideReason"));
        assertThatThrownBy(() -> letters.send(child, id, saved.version(), "I think it is fine", user("social"), API))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().getFirst().message())
                        .contains("Only a team manager"));
        ProceedingsLetterView.Sent sent = letters.send(child, id, saved.version(), "The parents' solicitor asked for these words",
                user("manager"), API);
        assertThat(sent.overrideReason()).isEqualTo("The parents' solicitor asked for these words");
        assertThat(jdbc.sql("SELECT override_reason || ' / ' || override_by FROM proceedings_letter_sent WHERE letter_id = ?")
                .params(id).query(String.class).single()).isEqualTo("The parents' solicitor asked for these words / "
                + user("manager").displayName());
        assertThat(jdbc.sql("SELECT findings->'WORRIES' IS NOT NULL FROM proceedings_letter_sent WHERE letter_id = ?")
                .params(id).query(Boolean.class).single()).isTrue();
    }

    @Test
    void thePdfHoldsTheChildAndEachChangeAndResendingMakesVersionTwo() throws Exception {
        List<LetterJourney.Ready> ready = letterJourney.ready(1);
        LetterJourney.Ready r = ready.getFirst();
        long id = draft(ready);
        ProceedingsLetterView letter = written(r.child(), id);
        ProceedingsLetterView.Sent first = letters.send(r.child(), id, letter.version(), null, user("social"), API);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.overrideReason()).isNull();
        String text = pdfText(first.documentId());
        assertThat(text).contains("Kai").contains("Ann Parent");
        r.changes().forEach(change -> assertThat(text.replaceAll("\\s+", " ")).contains(change));
        assertThat(jdbc.sql("SELECT count(*) FROM document_subject WHERE document_id = ? AND person_id IN (?, ?)")
                .params(first.documentId(), r.child(), r.parent()).query(Long.class).single()).isEqualTo(2);

        ProceedingsLetterView again = letters.open(r.child(), id, user("social"), API, "/test");
        ProceedingsLetterView.Sent second = letters.send(r.child(), id, again.version(), null, user("social"), API);
        assertThat(second.number()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT series_id || ':' || version_number FROM document WHERE id = ?").params(second.documentId())
                .query(String.class).single()).isEqualTo(first.documentId() + ":2");
        assertThat(jdbc.sql("SELECT version_number FROM document WHERE id = ?").params(first.documentId()).query(Integer.class).single())
                .as("the first version is never overwritten").isEqualTo(1);
        assertThat(events.chronology(List.of(r.child()), ChronologyFilter.latest(20))).extracting(e -> e.type())
                .contains(EventType.LETTER_BEFORE_PROCEEDINGS, EventType.DOCUMENT_ADDED);
        assertThat(jdbc.sql("SELECT min(sent_on) FROM proceedings_letter_sent WHERE letter_id = ?").params(id)
                .query(java.time.LocalDate.class).single()).isEqualTo(first.sentOn());
    }

    @Test
    void aSaveOrSendFromAStaleVersionIsAConflict() {
        List<LetterJourney.Ready> ready = letterJourney.ready(1);
        long child = ready.getFirst().child();
        long id = draft(ready);
        ProceedingsLetterView letter = written(child, id);
        letters.save(child, id, letter.version(), Map.of(LetterSection.HELP, "We will visit every week."), user("social"), API);
        assertThatThrownBy(() -> letters.save(child, id, letter.version(), Map.of(LetterSection.HELP, "Mine"), user("manager"), API))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> letters.send(child, id, letter.version(), null, user("social"), API))
                .as("the letter sent must be the one that was checked").isInstanceOf(ConflictException.class);
        assertThat(letters.open(child, id, user("social"), API, "/test").sections().get(LetterSection.HELP))
                .isEqualTo("We will visit every week.");
    }

    @Test
    void oneLetterForASiblingGroupNamesEachChildWithTheirOwnChanges() throws Exception {
        List<LetterJourney.Ready> ready = letterJourney.ready(2);
        long id = draft(ready);
        long first = ready.get(0).child();
        long second = ready.get(1).child();
        ProceedingsLetterView letter = written(first, id);
        assertThat(letter.childIds()).containsExactly(first, second);
        assertThat(letter.sections().get(LetterSection.CHANGES)).contains("Child 1 sees the dentist").contains("Child 2 sees the dentist");
        assertThat(letter.sections().get(LetterSection.WORRIES)).contains("Kai and Kai");
        assertThat(letters.open(second, id, user("social"), API, "/test").id()).isEqualTo(id);
        ProceedingsLetterView.Sent sent = letters.send(first, id, letter.version(), null, user("social"), API);
        assertThat(pdfText(sent.documentId()).replaceAll("\\s+", " ")).contains("Child 2 gets to school on time every day");
        for (long child : List.of(first, second)) {
            assertThat(events.chronology(List.of(child), ChronologyFilter.latest(20))).extracting(e -> e.summary())
                    .contains("Letter before proceedings sent");
        }
        assertThat(letters.listFor(second, user("social"), API, "/test")).extracting(ProceedingsLetters.LetterSummary::id).contains(id);
    }

    @Test
    void onlyThoseWhoMaySeeEveryChildReadItAndARestrictedSiblingIsNeverNamed() {
        List<LetterJourney.Ready> ready = letterJourney.ready(2);
        long id = draft(ready);
        long first = ready.get(0).child();
        long second = ready.get(1).child();
        assertThatThrownBy(() -> letters.open(first, id, user("social2"), API, "/test")).isInstanceOf(RecordAccessDeniedException.class);
        assertThatThrownBy(() -> letters.draft(first, new ProceedingsLetterInput(ready.getFirst().preProceedingsId(), List.of(),
                List.of(ready.getFirst().parent()), false), user("inspector"), API)).isInstanceOf(RecordAccessDeniedException.class);
        jdbc.sql("UPDATE person SET restricted = true WHERE id = ?").params(second).update();
        try {
            assertThatThrownBy(() -> letters.open(first, id, user("social"), API, "/test")).isInstanceOf(RecordAccessDeniedException.class);
            assertThat(letters.listFor(first, user("social"), API, "/test")).extracting(ProceedingsLetters.LetterSummary::id)
                    .doesNotContain(id);
        } finally {
            jdbc.sql("UPDATE person SET restricted = false WHERE id = ?").params(second).update();
        }
    }

    private String pdfText(long documentId) throws Exception {
        byte[] pdf = jdbc.sql("SELECT content FROM document_content WHERE document_id = ?").params(documentId).query(byte[].class).single();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}

package org.opencsc.childrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonInput;
import org.opencsc.person.PersonService;
import org.opencsc.person.RelationshipType;
import org.opencsc.security.AccessLog;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A case note is not dated before the child it is about was born; an unborn child's record
 * (an expected date of birth) takes pre-birth notes.
 */
@IntegrationTest
class CaseNoteBeforeBirthTest {

    @Autowired
    TestClock clock;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    Fixtures fixtures;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(people, users, jdbc);
        today = clock.today();
    }

    private long notesAbout(long person) {
        return jdbc.sql("SELECT count(*) FROM event_subject s JOIN event e ON e.id = s.event_id "
                + "WHERE s.person_id = ? AND e.type = 'CASE_NOTE'").params(person).query(Long.class).single();
    }

    private static String note(String occurredAt, String alsoFor) {
        return """
                {"type": "VISIT", "occurredAt": "%s", "summary": "Home visit", "text": "Seen at home", "alsoFor": [%s]}"""
                .formatted(occurredAt, alsoFor);
    }

    @Test
    void aNoteDatedBeforeTheChildWasBornIsRefusedOnThePageKeepingWhatWasTyped() {
        String surname = Fixtures.uniqueSurname("Born");
        long ada = fixtures.child("Ada", surname, LocalDate.of(2020, 6, 15));
        fixtures.allocate(ada, "Safeguarding team North");
        PageSession social = PageSession.signedIn(port, "social");
        String csrf = social.get("/people/" + ada + "/case-notes/new").csrf();
        PageSession.Page refused = social.post("/people/" + ada + "/case-notes", "_csrf", csrf, "noteType", "VISIT",
                "occurredDay", "14", "occurredMonth", "6", "occurredYear", "2020", "summary", "Home visit",
                "text", "Mum and baby at home");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("The date it happened cannot be before Ada " + surname + " was born on 15 June 2020")
                .contains("href=\"#occurred-day\"").contains("id=\"occurred-day\"").contains("Mum and baby at home");
        assertThat(refused.inputValue("occurredDay")).isEqualTo("14");
        assertThat(notesAbout(ada)).isZero();

        assertThat(social.post("/people/" + ada + "/case-notes", "_csrf", csrf, "noteType", "VISIT",
                "occurredDay", "15", "occurredMonth", "6", "occurredYear", "2020", "summary", "Home visit",
                "text", "Mum and baby at home").status()).as("the day of birth itself").isEqualTo(302);
        assertThat(notesAbout(ada)).isEqualTo(1);
    }

    @Test
    void overTheApiANoteSharedWithASiblingBornLaterIsRefusedForThemAndNothingIsSaved() {
        String surname = Fixtures.uniqueSurname("Sibborn");
        long kai = fixtures.child("Kai", surname, LocalDate.of(2016, 3, 3));
        long lily = fixtures.child("Lily", surname, LocalDate.of(2021, 9, 1));
        fixtures.link(lily, kai, RelationshipType.SIBLING);
        fixtures.allocate(kai, "Safeguarding team North");
        fixtures.allocate(lily, "Safeguarding team North");
        Api social = new Api(port, "social");

        Api.Response refused = social.post("/api/v1/children/" + kai + "/case-notes", note("2020-01-10T10:00:00Z", String.valueOf(lily)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("occurredAt");
        assertThat(refused.json().path("errors").get(0).path("message").asString())
                .isEqualTo("The date it happened cannot be before Lily " + surname + " was born on 1 September 2021");
        assertThat(notesAbout(kai)).isZero();

        assertThat(social.post("/api/v1/children/" + kai + "/case-notes", note("2020-01-10T10:00:00Z", "")).status())
                .as("for Kai alone, born in 2016").isEqualTo(201);
    }

    @Test
    void anUnbornChildsRecordTakesPreBirthNotes() {
        String surname = Fixtures.uniqueSurname("Unborn");
        var in = new PersonInput(true, null, surname, List.of(), null, today.plusMonths(3), "0", null, null, null, null, null,
                List.of(), null);
        long baby = ((PersonService.CreateResult.Created) people.create(in, null, true, users.findByUsername("contact").orElseThrow(),
                AccessLog.Channel.API)).id();
        fixtures.allocate(baby, "Safeguarding team North");
        Api.Response preBirth = new Api(port, "social").post("/api/v1/children/" + baby + "/case-notes",
                note(today.minusMonths(2) + "T10:00:00Z", ""));
        assertThat(preBirth.status()).as(preBirth.body()).isEqualTo(201);
        assertThat(notesAbout(baby)).isEqualTo(1);
    }
}

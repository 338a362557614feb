package org.opencsc.childrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
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
 * Case-note types follow the role: a note typed "Management oversight" reads on the record as
 * the manager's voice, so only a team or duty manager may write one. A social worker's form does
 * not offer it, and a form or API call that sends it anyway is refused (403, logged) and saves nothing.
 */
@IntegrationTest
class CaseNoteTypesByRoleTest {

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

    private long allocatedChild(String stem) {
        long child = fixtures.child("Nia", Fixtures.uniqueSurname(stem), LocalDate.of(2015, 4, 2));
        fixtures.allocate(child, "Safeguarding team North");
        return child;
    }

    private long notesOfType(long person, String type) {
        return jdbc.sql("SELECT count(*) FROM event_subject s JOIN event e ON e.id = s.event_id "
                + "WHERE s.person_id = ? AND e.type = 'CASE_NOTE' AND e.note_type = ?").params(person, type).query(Long.class).single();
    }

    private long refusals(long person, String username) {
        return jdbc.sql("SELECT count(*) FROM access_log WHERE person_id = ? AND username = ? AND action = 'DENIED'")
                .params(person, username).query(Long.class).single();
    }

    @Test
    void theSocialWorkersFormDoesNotOfferManagementOversightButTheManagersDoes() {
        long child = allocatedChild("Oversightform");
        String social = PageSession.signedIn(port, "social").get("/people/" + child + "/case-notes/new").body();
        assertThat(social).contains("value=\"VISIT\"").contains("value=\"PHONE_CALL\"")
                .doesNotContain("value=\"MANAGEMENT_OVERSIGHT\"").doesNotContain(">Management oversight<");
        String manager = PageSession.signedIn(port, "manager").get("/people/" + child + "/case-notes/new").body();
        assertThat(manager).contains("value=\"MANAGEMENT_OVERSIGHT\"");
    }

    @Test
    void aSocialWorkerWhoSendsAnOversightNoteAnywayIsRefusedBesideTheTypeKeepingWhatWasTyped() {
        long child = allocatedChild("Oversightpost");
        PageSession social = PageSession.signedIn(port, "social");
        String csrf = social.get("/people/" + child + "/case-notes/new").csrf();
        long refusedBefore = refusals(child, "social");
        PageSession.Page refused = social.post("/people/" + child + "/case-notes", "_csrf", csrf, "noteType", "MANAGEMENT_OVERSIGHT",
                "occurredDay", String.valueOf(today.getDayOfMonth()), "occurredMonth", String.valueOf(today.getMonthValue()),
                "occurredYear", String.valueOf(today.getYear()), "summary", "My oversight", "text", "I agree with my own plan");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("There is a problem").contains("href=\"#noteType\"")
                .contains("A case note typed ‘Management oversight’ is recorded by a team or duty manager: choose another type")
                .contains("I agree with my own plan").doesNotContain("value=\"MANAGEMENT_OVERSIGHT\"");
        assertThat(refused.inputValue("summary")).isEqualTo("My oversight");
        assertThat(notesOfType(child, "MANAGEMENT_OVERSIGHT")).isZero();
        assertThat(refusals(child, "social")).isEqualTo(refusedBefore + 1);

        assertThat(social.post("/people/" + child + "/case-notes", "_csrf", csrf, "noteType", "MEETING",
                "occurredDay", String.valueOf(today.getDayOfMonth()), "occurredMonth", String.valueOf(today.getMonthValue()),
                "occurredYear", String.valueOf(today.getYear()), "summary", "Talked it through", "text", "A meeting note")
                .status()).as("the same note as a meeting").isEqualTo(302);
    }

    @Test
    void overTheApiAnOversightNoteIsTheManagersAndASocialWorkersIsA403NamingTheType() {
        long child = allocatedChild("Oversightapi");
        String body = """
                {"type": "MANAGEMENT_OVERSIGHT", "occurredAt": "%s", "summary": "Oversight", "text": "Read the chronology"}"""
                .formatted(clock.instant().minusSeconds(60));
        Api.Response refused = new Api(port, "social").post("/api/v1/children/" + child + "/case-notes", body);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("type");
        assertThat(refused.json().path("errors").get(0).path("message").asString()).contains("team or duty manager");
        assertThat(new Api(port, "family").post("/api/v1/children/" + child + "/case-notes", body).status())
                .as("a family support worker is no manager either").isEqualTo(403);
        assertThat(notesOfType(child, "MANAGEMENT_OVERSIGHT")).isZero();

        Api.Response byManager = new Api(port, "manager").post("/api/v1/children/" + child + "/case-notes", body);
        assertThat(byManager.status()).as(byManager.body()).isEqualTo(201);
        assertThat(notesOfType(child, "MANAGEMENT_OVERSIGHT")).isEqualTo(1);
    }
}

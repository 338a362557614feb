package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every 403 answered to a signed-in user leaves a DENIED entry, wherever it was decided (a URL
 * rule, a role check in a service, a read-only role's write), once, at the address asked for; and
 * a page about several people logs no view of any of them when it refuses one.
 */
@IntegrationTest
class RefusalsAreLoggedTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    Fixtures fixtures;
    long north;
    long south;
    long before;

    @BeforeEach
    void twoChildren() {
        fixtures = new Fixtures(people, users, jdbc);
        // The North child is the elder: a contact lists its children eldest first, so the one a
        // North reader may open comes before the one they may not.
        north = fixtures.child("Noa", Fixtures.uniqueSurname("Refused"), LocalDate.of(2014, 3, 3));
        fixtures.allocate(north, "Safeguarding team North");
        south = fixtures.child("Sol", Fixtures.uniqueSurname("Refused"), LocalDate.of(2015, 3, 3));
        fixtures.allocate(south, "Safeguarding team South");
        before = jdbc.sql("SELECT coalesce(max(id), 0) FROM access_log").query(Long.class).single();
    }

    /** The entries written since the test began for the user, as "ACTION person path". */
    private List<String> entries(String username) {
        return jdbc.sql("""
                        SELECT action || ' ' || coalesce(CAST(person_id AS text), '-') || ' ' || path FROM access_log
                        WHERE id > :before AND username = :u ORDER BY id""")
                .param("before", before).param("u", username).query(String.class).list();
    }

    @Test
    void aRefusalByRoleInAServiceIsLoggedWithTheAddressAskedFor() {
        Api.Response r = new Api(port, "social").post("/api/v1/people/" + north + "/merge",
                "{\"mergedPersonId\": %d, \"reason\": \"Same child\"}".formatted(south));
        assertThat(r.status()).isEqualTo(403);
        assertThat(entries("social")).as("refused on role grounds, before the record was read, but about it")
                .containsExactly("DENIED " + north + " /api/v1/people/" + north + "/merge");
    }

    @Test
    void aRefusalByRoleOnAPageOrAReferralIsLoggedWithTheRecordTheAddressNames() {
        PageSession.Page page = PageSession.signedIn(port, "social").get("/people/" + north + "/merge");
        assertThat(page.status()).isEqualTo(403);
        assertThat(entries("social")).containsExactly("DENIED " + north + " /people/" + north + "/merge");

        record Referral(long id, long personId) {
        }
        Referral referral = jdbc.sql("SELECT id, person_id FROM referral ORDER BY id LIMIT 1").query(Referral.class).single();
        Api.Response closure = new Api(port, "social2").post("/api/v1/referrals/" + referral.id() + "/closure",
                "{\"version\": 1, \"reason\": \"RC9\", \"closedOn\": \"%s\", \"why\": \"Stepped down\"}"
                        .formatted(LocalDate.now(clock)));
        assertThat(closure.status()).isEqualTo(403);
        assertThat(entries("social2")).containsExactly("DENIED " + referral.personId() + " /api/v1/referrals/" + referral.id() + "/closure");

        long nobody = jdbc.sql("SELECT coalesce(max(id), 0) + 1000 FROM person").query(Long.class).single();
        assertThat(new Api(port, "inspector").post("/api/v1/children/" + nobody + "/case-notes", "{}").status()).isEqualTo(403);
        assertThat(entries("inspector")).as("no record by that number").containsExactly("DENIED - /api/v1/children/" + nobody + "/case-notes");
    }

    @Test
    void aUrlRuleRefusingAPageIsLogged() {
        PageSession.Page page = PageSession.signedIn(port, "family").get("/admin/users");
        assertThat(page.status()).isEqualTo(403);
        assertThat(entries("family")).containsExactly("DENIED - /admin/users");
    }

    @Test
    void aReadOnlyRolesWriteRefusedBeforeItIsReadIsLogged() {
        Api.Response r = new Api(port, "inspector").post("/api/v1/children/" + north + "/case-notes", "{}");
        assertThat(r.status()).isEqualTo(403);
        assertThat(entries("inspector")).containsExactly("DENIED " + north + " /api/v1/children/" + north + "/case-notes");
    }

    @Test
    void aRefusalAboutOneRecordIsLoggedOnceWithThatRecordAndTheAddressAskedForEvenWhenItsTransactionRollsBack() {
        Api.Response read = new Api(port, "social2").get("/api/v1/people/" + north);
        Api.Response write = new Api(port, "social2").post("/api/v1/children/" + north + "/case-notes", """
                {"type": "VISIT", "occurredAt": "%s", "summary": "Refused note", "text": "Seen."}"""
                .formatted(clock.instant().minus(1, ChronoUnit.HOURS)));
        assertThat(read.status()).isEqualTo(403);
        assertThat(write.status()).isEqualTo(403);
        assertThat(entries("social2")).containsExactly("DENIED " + north + " /api/v1/people/" + north,
                "DENIED " + north + " /api/v1/children/" + north + "/case-notes");
    }

    @Test
    void aContactAboutTwoChildrenOneOfThemRefusedLogsNoViewOfTheOther() {
        Api.Response created = new Api(port, "contact").post("/api/v1/contacts", """
                {"receivedAt": "%s", "sourceCode": "2A", "contactorName": "Mrs Khan", "contactorAgency": "School",
                 "reported": "Both children were upset at school.", "urgency": "SAME_DAY", "consent": "GIVEN",
                 "consentScope": "Mum agreed", "childIds": [%d, %d]}""".formatted(clock.instant().minus(1, ChronoUnit.HOURS), north, south));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long contact = created.json().get("id").asLong();
        before = jdbc.sql("SELECT coalesce(max(id), 0) FROM access_log").query(Long.class).single();

        assertThat(new Api(port, "social").get("/api/v1/contacts/" + contact).status()).isEqualTo(403);

        assertThat(entries("social")).as("the North child was not shown, so not viewed")
                .containsExactly("DENIED " + south + " /api/v1/contacts/" + contact);
    }

    @Test
    void theMergePageRefusingTheDuplicateLogsNoViewOfTheKeptRecord() {
        PageSession manager = PageSession.signedIn(port, "manager");
        String csrf = manager.get("/people/" + north + "/merge").csrf();
        before = jdbc.sql("SELECT coalesce(max(id), 0) FROM access_log").query(Long.class).single();

        PageSession.Page page = manager.post("/people/" + north + "/merge", "mergedId", "" + south, "reason", "Same child",
                "_csrf", csrf);

        assertThat(page.status()).isEqualTo(403);
        assertThat(entries("manager")).containsExactly("DENIED " + south + " /people/" + north + "/merge");
    }
}

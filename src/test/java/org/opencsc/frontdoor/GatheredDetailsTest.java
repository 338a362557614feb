package org.opencsc.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10, finding 5: what a contact officer gathers (the presenting concern coded and in words,
 * the referrer's role and relationship, school, GP, parents or carers, the child's words) is
 * recorded from the page and the API, shown on the contact page, and refused clearly when wrong.
 */
@IntegrationTest
class GatheredDetailsTest {

    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;
    @Autowired
    ContactService contacts;
    @Autowired
    ContactRepository contactRepository;
    @Autowired
    PersonService personService;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;

    FrontDoorFixtures fx;
    long amy;

    @BeforeEach
    void setUp() {
        fx = new FrontDoorFixtures(personService, users, contacts, contactRepository, jdbc);
        amy = fx.child("Amy", FrontDoorFixtures.surname("Gathered"));
    }

    private String json(String concern, String school) {
        return """
                {"receivedAt": "%s", "sourceCode": "2A", "contactorName": "Mrs Khan", "contactorAgency": "St Mary's Primary",
                 "contactorRole": "Designated safeguarding lead", "contactorRelationship": "Amy's head of year",
                 "presentingConcern": "%s", "concernDetails": "Bruising seen twice this month",
                 "reported": "Amy came to school with a bruise on her cheek.", "childWords": "Dad gets angry when he drinks",
                 "parentsOrCarers": "Mum and Dad; Mum is aware of this call", "childSchool": "%s", "childGp": "Park Lane Surgery",
                 "urgency": "SAME_DAY", "consent": "GIVEN", "consentScope": "Mum agreed: school and GP", "childIds": [%d]}
                """.formatted(clock.instant().minus(1, ChronoUnit.HOURS), concern, school, amy);
    }

    @Test
    void theApiRecordsAndReturnsEverythingGathered() {
        Api api = new Api(port, "contact");
        Api.Response created = api.post("/api/v1/contacts", json("PHYSICAL_ABUSE", "St Mary's Primary"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode c = api.get("/api/v1/contacts/" + created.json().get("id").asLong()).json();
        assertThat(c.get("presentingConcern").asString()).isEqualTo("PHYSICAL_ABUSE");
        assertThat(c.get("concernDetails").asString()).isEqualTo("Bruising seen twice this month");
        assertThat(c.get("contactorRole").asString()).isEqualTo("Designated safeguarding lead");
        assertThat(c.get("contactorRelationship").asString()).isEqualTo("Amy's head of year");
        assertThat(c.get("childWords").asString()).isEqualTo("Dad gets angry when he drinks");
        assertThat(c.get("parentsOrCarers").asString()).contains("Mum is aware");
        assertThat(c.get("childSchool").asString()).isEqualTo("St Mary's Primary");
        assertThat(c.get("childGp").asString()).isEqualTo("Park Lane Surgery");

        SignedInBrowser.Page page = SignedInBrowser.signIn(port, "duty").get("/contacts/" + c.get("id").asLong());
        assertThat(page.body()).contains("Physical abuse (CIN factors 18B, 18C)").contains("Dad gets angry when he drinks")
                .contains("Park Lane Surgery").contains("Designated safeguarding lead").contains("Knows the child as: Amy&#39;s head of year");
    }

    @Test
    void theApiRefusesAnUnknownConcernAndOverlongDetailsNamingTheField() {
        Api api = new Api(port, "contact");
        long before = fx.count("SELECT count(*) FROM contact_child WHERE person_id = ?", amy);
        Api.Response unknown = api.post("/api/v1/contacts", json("BRUISES", "St Mary's"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body()).contains("\"field\":\"presentingConcern\"");
        Api.Response tooLong = api.post("/api/v1/contacts", json("NEGLECT", "S".repeat(ContactRules.MAX_SHORT + 1)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"childSchool\"");
        assertThat(fx.count("SELECT count(*) FROM contact_child WHERE person_id = ?", amy)).isEqualTo(before);
    }

    @Test
    void thePageKeepsWhatWasTypedWhenTheConcernIsNotFromTheList() {
        SignedInBrowser browser = SignedInBrowser.signIn(port, "contact");
        SignedInBrowser.Page form = browser.get("/contacts/new?childId=" + amy);
        assertThat(form.body()).contains("id=\"presentingConcern\"").contains("id=\"childWords\"").contains("id=\"childGp\"");
        LocalDate today = clock.today();
        SignedInBrowser.Page page = browser.post("/contacts", form.csrf(), List.of(
                "forChild", String.valueOf(amy), "childIds", String.valueOf(amy),
                "receivedDay", String.valueOf(today.getDayOfMonth()), "receivedMonth", String.valueOf(today.getMonthValue()),
                "receivedYear", String.valueOf(today.getYear()), "receivedTime", "00:01",
                "source", "2A", "reported", "Bruise seen", "urgency", "STANDARD", "consent", "GIVEN", "consentScope", "School",
                "presentingConcern", "MADE_UP", "childWords", "It was my brother", "childSchool", "Northfield Academy",
                "contactorRelationship", "Class teacher"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Select the presenting concern from the list")
                .contains("It was my brother").contains("value=\"Northfield Academy\"").contains("value=\"Class teacher\"");
        assertThat(fx.count("SELECT count(*) FROM contact_child WHERE person_id = ?", amy)).isZero();
    }
}

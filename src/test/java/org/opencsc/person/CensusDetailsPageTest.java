package org.opencsc.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The child's census identifiers page (/people/{id}/census-details) and the same items in the person API. */
@IntegrationTest
class CensusDetailsPageTest {

    private static final String FORMER_UPN = "G801200112345";

    @LocalServerPort
    int port;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventLog events;
    @Autowired
    TestClock clock;

    private long child() {
        Fixtures fixtures = new Fixtures(people, users, jdbc);
        long child = fixtures.child("Ava", Fixtures.uniqueSurname("Census"), LocalDate.of(2016, 5, 4));
        fixtures.allocate(child, "Safeguarding team North");
        return child;
    }

    @Test
    void showsWhatTheCensusWillSendAndLogsTheView() {
        long child = child();
        jdbc.sql("UPDATE person SET gender = '2', ethnicity = 'BAFR' WHERE id = ?").params(child).update();
        jdbc.sql("INSERT INTO person_disability (person_id, code) VALUES (?, 'AUT')").params(child).update();
        PageSession social = PageSession.signedIn(port, "social");

        PageSession.Page page = social.get("/people/" + child + "/census-details");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"la-child-id\">" + child + "<")
                .contains("F (female)").contains("BAFR: ").contains("AUT: ").contains("4 May 2016")
                .contains("href=\"/people/" + child + "/census-details/edit\"");
        assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE username = 'social' AND person_id = ? AND action = 'VIEW' "
                + "AND path = ?").params(child, "/people/" + child + "/census-details").query(Long.class).single()).isOne();
        // On the record, beside the UPN (the family page holds the other details).
        assertThat(social.get("/people/" + child + "/family").body()).contains("href=\"/people/" + child + "/census-details\"");
    }

    @Test
    void savesTheCensusItemsWithAnEventOnTheChildsRecord() {
        long child = child();
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page form = social.get("/people/" + child + "/census-details/edit");
        int version = version(child);

        PageSession.Page saved = social.post("/people/" + child + "/census-details", "_csrf", form.csrf(),
                "version", String.valueOf(version), "formerUpn", "g8012 0011 2345", "upnUnknownReason", "UN1",
                "dateOfDeathDay", "2", "dateOfDeathMonth", "3", "dateOfDeathYear", "2024");

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/people/" + child + "/census-details?saved");
        assertThat(jdbc.sql("SELECT former_upn || ' ' || upn_unknown_reason || ' ' || date_of_death FROM person WHERE id = ?")
                .params(child).query(String.class).single()).isEqualTo(FORMER_UPN + " UN1 2024-03-02");
        assertThat(version(child)).isEqualTo(version + 1);
        PageSession.Page shown = social.get("/people/" + child + "/census-details?saved");
        assertThat(shown.body()).contains("Census details saved").contains(FORMER_UPN).contains("UN1: Child is aged under 6")
                .contains("2 March 2024");
        assertThat(events.chronology(List.of(child), ChronologyFilter.latest(10))).anySatisfy(e -> assertThat(e.summary())
                .isEqualTo("Census details changed: former UPN " + FORMER_UPN
                        + "; UPN unknown because UN1: Child is aged under 6 years old and is not yet in school; "
                        + "date of death 2 March 2024"));

        // Clearing one is a change too, and saving nothing new changes nothing.
        social.post("/people/" + child + "/census-details", "_csrf", form.csrf(), "version", String.valueOf(version + 1),
                "formerUpn", FORMER_UPN, "upnUnknownReason", "UN1");
        assertThat(events.chronology(List.of(child), ChronologyFilter.latest(10))).anySatisfy(e -> assertThat(e.summary())
                .isEqualTo("Census details changed: date of death removed (was 2 March 2024)"));
        social.post("/people/" + child + "/census-details", "_csrf", form.csrf(), "version", String.valueOf(version + 2),
                "formerUpn", FORMER_UPN, "upnUnknownReason", "UN1");
        assertThat(version(child)).isEqualTo(version + 2);
    }

    @Test
    void badInputIsShownWithWhatWasTypedAndNothingIsSaved() {
        long child = child();
        jdbc.sql("UPDATE person SET upn = ? WHERE id = ?").params(upn("123456789012"), child).update();
        PageSession social = PageSession.signedIn(port, "social");
        String csrf = social.get("/people/" + child + "/census-details/edit").csrf();
        LocalDate tomorrow = clock.today().plusDays(1);

        PageSession.Page page = social.post("/people/" + child + "/census-details", "_csrf", csrf,
                "version", String.valueOf(version(child)), "formerUpn", "Z801200112345", "upnUnknownReason", "UN2",
                "dateOfDeathDay", String.valueOf(tomorrow.getDayOfMonth()),
                "dateOfDeathMonth", String.valueOf(tomorrow.getMonthValue()), "dateOfDeathYear", String.valueOf(tomorrow.getYear()));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-error-summary")
                .contains("Former Unique Pupil Number is not valid")
                .contains("so there is no reason to give for it being unknown")
                .contains("Date of death must be today or in the past");
        assertThat(page.inputValue("formerUpn")).isEqualTo("Z801200112345");
        assertThat(page.isSelected("upnUnknownReason", "UN2")).isTrue();
        assertThat(page.inputValue("dateOfDeathYear")).isEqualTo(String.valueOf(tomorrow.getYear()));

        PageSession.Page beforeBirth = social.post("/people/" + child + "/census-details", "_csrf", csrf,
                "version", String.valueOf(version(child)), "dateOfDeathDay", "1", "dateOfDeathMonth", "1", "dateOfDeathYear", "2016");
        assertThat(beforeBirth.body()).contains("Date of death cannot be before the child&#39;s date of birth (4 May 2016)");
        PageSession.Page notADate = social.post("/people/" + child + "/census-details", "_csrf", csrf,
                "version", String.valueOf(version(child)), "dateOfDeathDay", "31", "dateOfDeathMonth", "2", "dateOfDeathYear", "2024");
        assertThat(notADate.status()).isEqualTo(200);
        assertThat(notADate.body()).contains("govuk-error-summary");
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE id = ? AND former_upn IS NULL AND upn_unknown_reason IS NULL "
                + "AND date_of_death IS NULL").params(child).query(Long.class).single()).isOne();
    }

    @Test
    void aChangeMadeMeanwhileIsAConflictThatKeepsWhatWasTyped() {
        long child = child();
        PageSession social = PageSession.signedIn(port, "social");
        String csrf = social.get("/people/" + child + "/census-details/edit").csrf();
        int stale = version(child);
        jdbc.sql("UPDATE person SET version = version + 1 WHERE id = ?").params(child).update();

        PageSession.Page page = social.post("/people/" + child + "/census-details", "_csrf", csrf,
                "version", String.valueOf(stale), "formerUpn", FORMER_UPN);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Someone else changed this record while you were editing it");
        assertThat(page.inputValue("formerUpn")).isEqualTo(FORMER_UPN);
        assertThat(page.body()).contains("name=\"version\" value=\"" + (stale + 1) + "\"");
        assertThat(jdbc.sql("SELECT former_upn FROM person WHERE id = ?").params(child).query(String.class).optional()
                .orElse(null)).isNull();
    }

    @Test
    void onlyThoseWhoMayOpenTheRecordSeeOrChangeIt() {
        long child = child();
        PageSession south = PageSession.signedIn(port, "social2");
        PageSession leader = PageSession.signedIn(port, "leader");

        assertThat(south.get("/people/" + child + "/census-details").status()).isEqualTo(403);
        assertThat(south.get("/people/" + child + "/census-details/edit").status()).isEqualTo(403);
        PageSession.Page shown = leader.get("/people/" + child + "/census-details");
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).doesNotContain("/census-details/edit");
        assertThat(leader.post("/people/" + child + "/census-details", "_csrf", shown.csrf(), "version",
                String.valueOf(version(child)), "formerUpn", FORMER_UPN).status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT former_upn FROM person WHERE id = ?").params(child).query(String.class).optional()
                .orElse(null)).isNull();
    }

    @Test
    void theApiReadsAndSavesTheSameItems() {
        long child = child();
        Api api = new Api(port, "social");
        var before = api.get("/api/v1/people/" + child).json();
        assertThat(before.get("census").get("laChildId").asText()).isEqualTo(String.valueOf(child));
        assertThat(before.get("census").get("sex").asText()).isEqualTo("U");
        int version = before.get("version").asInt();

        var saved = api.put("/api/v1/people/" + child + "/census-details",
                "{\"formerUpn\":\"" + FORMER_UPN + "\",\"upnUnknownReason\":\"UN4\",\"dateOfDeath\":\"2024-03-02\",\"version\":"
                        + version + "}");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("census").get("formerUpn").asText()).isEqualTo(FORMER_UPN);
        assertThat(saved.json().get("census").get("upnUnknownReason").asText()).isEqualTo("UN4");
        assertThat(saved.json().get("census").get("dateOfDeath").asText()).isEqualTo("2024-03-02");

        var bad = api.put("/api/v1/people/" + child + "/census-details",
                "{\"upnUnknownReason\":\"UN11\",\"dateOfDeath\":\"2024-02-30\",\"version\":" + (version + 1) + "}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("upnUnknownReason").contains("dateOfDeath");
        var stale = api.put("/api/v1/people/" + child + "/census-details", "{\"version\":" + version + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/people/" + child).json().get("census").get("upnUnknownReason").asText()).isEqualTo("UN4");
        assertThat(new Api(port, "social2").put("/api/v1/people/" + child + "/census-details",
                "{\"version\":" + (version + 1) + "}").status()).isEqualTo(403);
    }

    private int version(long child) {
        return jdbc.sql("SELECT version FROM person WHERE id = ?").params(child).query(Integer.class).single();
    }

    private static String upn(String twelve) {
        return UniquePupilNumber.checkLetter(twelve) + twelve;
    }
}

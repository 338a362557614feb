package org.opencsc.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.person.PersonService;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bad input on a page is a GOV.UK page that says what is wrong: never a 500, never Spring's JSON, never Tomcat's HTML. */
@IntegrationTest
class BadInputPagesTest {

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
    Clock clock;

    private Fixtures fixtures;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(people, users, jdbc);
        today = LocalDate.now(clock);
    }

    private long northChild(String stem) {
        long child = fixtures.child("Ada", Fixtures.uniqueSurname(stem), today.minusYears(7));
        fixtures.allocate(child, "Safeguarding team North");
        return child;
    }

    private static void assertGovukPage(PageSession.Page page) {
        assertThat(page.body()).contains("govuk-template").contains("<main").doesNotContain("\"status\":")
                .doesNotContain("Apache Tomcat").doesNotContain("Whitelabel");
    }

    @Test
    void anUnknownPageIsAGovukPageNotFound() {
        PageSession social = PageSession.signedIn(port, "social");
        for (String path : List.of("/no-such-page", "/people/12/no-such-tab", "/error")) {
            PageSession.Page page = social.get(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertGovukPage(page);
            assertThat(page.body()).as(path).contains("Page not found").doesNotContain("went wrong on our side");
        }
        PageSession.Page notANumber = social.get("/people/abc");
        assertThat(notANumber.status()).isEqualTo(404);
        assertThat(notANumber.body()).contains("Page not found");
    }

    @Test
    void anUnknownPageAskedForAsJsonIsStillTheGovukPage() {
        PageSession.Page page = PageSession.signedIn(port, "social").get("/no-such-page", "Accept", "application/json");
        assertThat(page.status()).isEqualTo(404);
        assertGovukPage(page);
        assertThat(page.body()).contains("Page not found");
    }

    @Test
    void aNulByteInAFormFieldIsAGovukPageNamingTheFieldAndNothingIsSaved() {
        long child = northChild("Pagenul");
        PageSession social = PageSession.signedIn(port, "social");
        String csrf = social.get("/people/" + child + "/case-notes/new").csrf();
        PageSession.Page page = social.post("/people/" + child + "/case-notes", "_csrf", csrf, "noteType", "VISIT",
                "occurredDay", String.valueOf(today.getDayOfMonth()), "occurredMonth", String.valueOf(today.getMonthValue()),
                "occurredYear", String.valueOf(today.getYear()), "summary", "Home\u0000visit", "text", "Seen");
        assertThat(page.status()).isEqualTo(400);
        assertGovukPage(page);
        assertThat(page.body()).contains("summary must not contain control characters");
        assertThat(events.chronology(List.of(child), ChronologyFilter.latest(10)))
                .noneMatch(e -> e.type() == EventType.CASE_NOTE);
        assertThat(social.get("/").status()).as("still signed in").isEqualTo(200);
    }

    @Test
    void overlongFormInputIsShownBackWithItsMessage() {
        long child = northChild("Pagelong");
        PageSession social = PageSession.signedIn(port, "social");
        String csrf = social.get("/people/" + child + "/case-notes/new").csrf();
        String summary = "s".repeat(10_000);
        PageSession.Page page = social.post("/people/" + child + "/case-notes", "_csrf", csrf, "noteType", "VISIT",
                "occurredDay", String.valueOf(today.getDayOfMonth()), "occurredMonth", String.valueOf(today.getMonthValue()),
                "occurredYear", String.valueOf(today.getYear()), "summary", summary, "text", "t".repeat(30_000));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Summary must be 200 characters or fewer")
                .contains("Case note must be 20000 characters or fewer");
        assertThat(page.inputValue("summary")).isEqualTo(summary);
    }

    @Test
    void aFieldThatIsNotANumberIsABadRequestPage() {
        long child = northChild("Pagenum");
        PageSession social = PageSession.signedIn(port, "social");
        String csrf = social.get("/people/" + child + "/case-notes/new").csrf();
        PageSession.Page page = social.post("/people/" + child + "/case-notes", "_csrf", csrf, "noteType", "VISIT",
                "summary", "Visit", "text", "Seen", "alsoFor", "143.5");
        assertThat(page.status()).isEqualTo(400);
        assertGovukPage(page);
        assertThat(page.body()).contains("143.5").contains("is not a valid");

        PageSession manager = PageSession.signedIn(port, "manager");
        PageSession.Page team = manager.get("/team-work?teamId=abc");
        assertThat(team.status()).isEqualTo(400);
        assertGovukPage(team);
        assertThat(team.body()).contains("‘abc’ is not a valid teamId");
    }

    @Test
    void aTenThousandCharacterSearchIsAMessageOnTheSearchPage() {
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page page = social.get("/people/search?name=" + "a".repeat(10_000));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-error-summary").contains("Search by a name of 100 characters or fewer");
        PageSession.Page year = social.get("/people/search?name=Ada&dobDay=1&dobMonth=1&dobYear=0000");
        assertThat(year.body()).contains("Date of birth must be between 1900 and 2100");
    }

    @Test
    void whatTomcatRefusesItselfIsAPlainPageNotTomcats() {
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page headers = social.get("/people/search", "X-Padding", "p".repeat(70_000));
        PageSession.Page nul = social.get("/people/%00");
        for (PageSession.Page page : List.of(headers, nul)) {
            assertThat(page.status()).isEqualTo(400);
            assertThat(page.body()).contains("There is a problem with the request").contains("govuk-template")
                    .doesNotContain("Tomcat").doesNotContain("HTTP Status");
        }
        // A request line too long to read has no address Tomcat could say was a page: it is answered as the API would be.
        PageSession.Page longLine = social.get("/people/search?name=" + "a".repeat(70_000));
        assertThat(longLine.status()).isEqualTo(400);
        assertThat(longLine.body()).startsWith("{").contains("\"field\":\"path\"").doesNotContain("Tomcat");
    }

    @Test
    void percentAndUnderscoreInTheChronologyFilterAreLetters() {
        long child = northChild("Pagewild");
        Api api = new Api(port, "social");
        for (String summary : List.of("Attendance at 50% this term", "Visit to grandma")) {
            assertThat(api.post("/api/v1/children/" + child + "/case-notes", """
                    {"type": "VISIT", "occurredAt": "%s", "summary": "%s", "text": "Details"}"""
                    .formatted(today.atStartOfDay(clock.getZone()).toInstant(), summary)).status()).isEqualTo(201);
        }
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page percent = social.get("/people/" + child + "/chronology?text=%25");
        assertThat(percent.status()).isEqualTo(200);
        assertThat(percent.body()).contains("Attendance at 50% this term").doesNotContain("Visit to grandma");
        PageSession.Page underscore = social.get("/people/" + child + "/chronology?text=_");
        assertThat(underscore.body()).doesNotContain("Attendance at 50% this term").doesNotContain("Visit to grandma");
    }
}

package org.opencsc.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opencsc.frontdoor.Consent;
import org.opencsc.frontdoor.ContactInput;
import org.opencsc.frontdoor.ContactService;
import org.opencsc.frontdoor.DecisionOutcome;
import org.opencsc.frontdoor.ReferralSource;
import org.opencsc.frontdoor.Urgency;
import org.opencsc.person.PersonService;
import org.opencsc.security.AccessLog;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What each role's home shows comes from the records: a contact recorded now reaches every home that should show it. */
@IntegrationTest
class RoleHomePagesTest {

    @Autowired
    PersonService people;
    @Autowired
    ContactService contacts;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    private Fixtures fixtures() {
        return new Fixtures(people, users, jdbc);
    }

    private long contactAbout(long child) {
        return contacts.record(new ContactInput(clock.instant(), ReferralSource.POLICE, "PC Lowe", "West Yorkshire Police",
                "0113 000 0000", "Police attended a domestic incident at the home; the child was present.", Urgency.STANDARD,
                Consent.GIVEN, "Everything", null, false, null, List.of(child)), users.findByUsername("contact").orElseThrow(),
                AccessLog.Channel.API);
    }

    private static long figure(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>\\s*(\\d+)").matcher(page);
        assertThat(m.find()).as("figure %s on the page", id).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void theContactOfficerSeesTheContactsTheyRecordedAndTheQueue() {
        long child = fixtures().child("Rosie", TestNames.uniqueSurname() + Fixtures.uniqueSurname("c"), clock.instant()
                .atZone(java.time.ZoneId.of("Europe/London")).toLocalDate().minusYears(6));
        // Other tests in the shared database record contacts at other test-clock moments (some later
        // today): receive this one after all of them, so it is the officer's newest.
        java.time.Instant latest = jdbc.sql("SELECT max(received_at) FROM contact").query(java.sql.Timestamp.class).single().toInstant();
        if (latest.isAfter(clock.instant())) {
            ((org.opencsc.support.TestClock) clock).set(latest.plusSeconds(60));
        }
        long contact = contactAbout(child);
        String home = PageSession.signedIn(port, "contact").get("/").body();
        String recent = home.substring(home.indexOf("id=\"recent\""), home.indexOf("id=\"queue\""));
        assertThat(recent).contains("href=\"/contacts/" + contact + "\"");
        assertThat(home.substring(home.indexOf("id=\"queue\""))).contains("href=\"/contacts/" + contact + "\"");
    }

    @Test
    void theDutyHomeSplitsDecisionsToMakeFromSignOffsAwaited() {
        long child = fixtures().child("Noah", TestNames.uniqueSurname() + Fixtures.uniqueSurname("d"), clock.instant()
                .atZone(java.time.ZoneId.of("Europe/London")).toLocalDate().minusYears(5));
        long contact = contactAbout(child);
        String before = PageSession.signedIn(port, "dutymanager").get("/").body();
        assertThat(section(before, "awaiting-decision")).contains("href=\"/contacts/" + contact + "\"");

        contacts.decide(contact, 0, DecisionOutcome.INFORMATION_AND_ADVICE, "Advice given to the mother by phone", null, null,
                users.findByUsername("duty").orElseThrow(), AccessLog.Channel.API);
        String after = PageSession.signedIn(port, "dutymanager").get("/").body();
        assertThat(section(after, "awaiting-sign-off")).contains("href=\"/contacts/" + contact + "\"");
        assertThat(after).contains("href=\"/referrals/allocation\"");
    }

    private static String section(String page, String tableId) {
        int start = page.indexOf("id=\"" + tableId + "\"");
        assertThat(start).as("table %s", tableId).isPositive();
        return page.substring(start, page.indexOf("</table>", start));
    }

    @Test
    void theSeniorLeadersFiguresCountWhatIsRecorded() {
        PageSession leader = PageSession.signedIn(port, "leader");
        String before = leader.get("/").body();
        long contactsBefore = figure(before, "contacts-value");
        long awaitingBefore = figure(before, "awaiting-now");

        long child = fixtures().child("Ivy", TestNames.uniqueSurname() + Fixtures.uniqueSurname("l"), clock.instant()
                .atZone(java.time.ZoneId.of("Europe/London")).toLocalDate().minusYears(3));
        contactAbout(child);
        String after = leader.get("/").body();
        // The dashboard the leader's home opens on counts the contact: the figures are counted afresh in tests.
        assertThat(figure(after, "contacts-value")).isEqualTo(contactsBefore + 1);
        assertThat(figure(after, "awaiting-now")).isEqualTo(awaitingBefore + 1);
        String open = "SELECT count(*) FROM cp_plan p JOIN person per ON per.id = p.person_id WHERE p.ended_on IS NULL "
                + "AND per.merged_into IS NULL";
        long all = jdbc.sql(open).query(Long.class).single();
        long unrestricted = jdbc.sql(open + " AND NOT per.restricted").query(Long.class).single();
        assertThat(figure(after, "plans-all")).as("open plans the leader may see").isBetween(unrestricted, all).isPositive();
    }

    @Test
    void auditorsSeeTheirAuditsAndInspectorsSeeThePlanLists() {
        assertThat(PageSession.signedIn(port, "auditor").get("/").body()).contains("id=\"to-do-heading\"")
                .contains("id=\"quality-headline\"").contains("name=\"name\"");
        PageSession inspector = PageSession.signedIn(port, "inspector");
        assertThat(inspector.get("/").body()).contains("href=\"/protection/plans?list=panel\"");
        assertThat(inspector.get("/protection/plans?list=panel").status()).isEqualTo(200);
    }

    @Test
    void theInspectorsHomeOffersAnnexAAndItOpens() {
        PageSession inspector = PageSession.signedIn(port, "inspector");
        String home = inspector.get("/").body();
        assertThat(home).contains("id=\"annex-a-link\"").contains("href=\"/returns/annex-a\"")
                .contains("id=\"performance-link\"").contains("id=\"home-search\"");
        assertThat(inspector.get("/returns/annex-a").status()).isEqualTo(200);
    }

    @Test
    void aTeamManagersHomeShowsTheirDueWorkBesideTheirTeamsFiguresAndAWorkersIsUnchanged() {
        PageSession manager = PageSession.signedIn(port, "manager");
        String home = manager.get("/").body();
        assertThat(home).contains("<h1 class=\"govuk-heading-l\">My work</h1>").contains("Children allocated to your teams")
                .contains("id=\"team-figures\"").contains("href=\"/performance\"").contains("id=\"team-work-link\"");
        Matcher drillDown = Pattern.compile("id=\"team-figure-contacts-link\"|href=\"(/performance/figures/contacts\\?[^\"]+)\"")
                .matcher(home);
        String link = null;
        while (drillDown.find() && link == null) {
            link = drillDown.group(1);
        }
        assertThat(link).as("a figure's link to its children").isNotNull().contains("team=");
        assertThat(manager.get(link.replace("&amp;", "&")).status()).isEqualTo(200);
        assertThat(manager.get("/team-work").status()).isEqualTo(200);

        String worker = PageSession.signedIn(port, "social").get("/").body();
        assertThat(worker).contains("<h1 class=\"govuk-heading-l\">My work</h1>").doesNotContain("id=\"team-figures\"");
    }
}

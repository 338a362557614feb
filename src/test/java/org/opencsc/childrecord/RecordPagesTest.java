package org.opencsc.childrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opencsc.person.PersonService;
import org.opencsc.person.RecordRestriction;
import org.opencsc.platform.web.Dates;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Fixtures;
import org.opencsc.support.PageSession;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The record as pages: a summary at the record's own address and a page per part, each with the
 * child's header and the sub-navigation marking where the reader is, each checked and logged as
 * the record is (a restricted record is sealed on every one, and the log names the part read).
 *
 * <p>Kai, made for this class, is on a child protection plan held by Sam Social ("social", North);
 * his sister Mia's record is restricted to the duty manager and her allocated worker, Sam Social.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordPagesTest {

    private static final Pattern CURRENT = Pattern.compile("<a [^>]*aria-current=\"page\"[^>]*>([^<]*)</a>");

    @LocalServerPort
    int port;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    RecordRestriction restriction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    long kai;
    String kaiName;
    ChildProtectionPlan plan;
    long mia;
    String miaName;

    @BeforeAll
    void makeTheChildren() {
        LocalDate today = LocalDate.now(clock);
        ProtectionJourney.Referred r = journey.referredAndAllocated(today.minusDays(30));
        kai = r.child();
        plan = journey.onAPlan(r, today.minusDays(28), today.minusDays(14), "chair");
        kaiName = jdbc.sql("SELECT given_name || ' ' || family_name FROM person WHERE id = ?").params(kai).query(String.class).single();

        ProtectionJourney.Referred sister = journey.referredAndAllocated(today.minusDays(5));
        mia = sister.child();
        jdbc.sql("UPDATE person SET given_name = 'Mia' WHERE id = ?").params(mia).update();
        miaName = jdbc.sql("SELECT given_name || ' ' || family_name FROM person WHERE id = ?").params(mia).query(String.class).single();
        restriction.restrict(mia, List.of(), "Child of a member of staff", journey.user("dutymanager"));
    }

    @Test
    void everyPartIsItsOwnPageWithTheChildsHeaderAndTheSubNavigationMarkingIt() {
        PageSession social = PageSession.signedIn(port, "social");
        for (RecordPart part : RecordPart.values()) {
            long lastLog = lastLogId();
            PageSession.Page page = social.get(part.path(kai));

            assertThat(page.status()).as(part.path(kai)).isEqualTo(200);
            String body = page.body();
            assertThat(body).as(part.label()).contains("<h1 class=\"govuk-heading-xl govuk-!-margin-bottom-4\">" + kaiName + "</h1>")
                    .contains("Child protection plan</strong>")
                    .contains("id=\"level-of-need\"")
                    .contains("<h2 class=\"govuk-heading-l\" id=\"record-part-heading\">" + part.label() + "</h2>")
                    .contains("<title>" + (part == RecordPart.SUMMARY ? "" : part.label() + " - ") + kaiName + " - OpenCSC</title>");
            assertThat(currentLinks(body)).as("the sub-navigation marks only this page").containsExactly(part.label());
            for (RecordPart other : RecordPart.values()) {
                assertThat(body).as("%s links to %s", part, other).contains("href=\"" + other.path(kai) + "\"");
            }
            assertThat(logSince(lastLog, "social")).as("the access log names the part read")
                    .containsExactly("VIEW " + kai + " " + part.path(kai));
        }
    }

    @Test
    void aRestrictedRecordIsSealedOnEveryPartAndEachRefusalIsLoggedWithThePartAsked() {
        PageSession family = PageSession.signedIn(port, "family");
        PageSession named = PageSession.signedIn(port, "dutymanager");
        for (RecordPart part : RecordPart.values()) {
            long lastLog = lastLogId();
            PageSession.Page refused = family.get(part.path(mia));

            assertThat(refused.status()).as("%s to a user the restriction does not name", part.path(mia)).isEqualTo(403);
            assertThat(refused.body()).doesNotContain(miaName).doesNotContain("Mia");
            assertThat(logSince(lastLog, "family")).containsExactly("DENIED " + mia + " " + part.path(mia));

            PageSession.Page shown = named.get(part.path(mia));
            assertThat(shown.status()).as("%s to the named duty manager", part.path(mia)).isEqualTo(200);
            assertThat(shown.body()).contains(miaName).contains("Restricted record</strong>");
        }
    }

    @Test
    void theSummaryShowsTheOpenEpisodeThePlanTheWorkerAndWhatIsDue() {
        String body = PageSession.signedIn(port, "social").get("/people/" + kai).body();

        assertThat(between(body, "id=\"level-of-need\"", "</strong>")).contains("Child protection");
        assertThat(between(body, "id=\"open-episode\"", "</span>")).contains("Open since");
        assertThat(between(body, "id=\"current-plan\"", "</dd>")).contains("Child protection plan: neglect");
        assertThat(between(body, "id=\"allocated-worker\"", "</dd>")).contains("Sam Social", "Safeguarding team North");
        String due = between(body, "id=\"child-due-work\"", "</table>");
        assertThat(due).contains("Core group", Dates.govuk(plan.nextCoreGroupDueOn()))
                .contains("Review child protection conference", Dates.govuk(plan.nextReviewDueOn()));
        assertThat(body).contains("id=\"latest-heading\"").contains("href=\"/people/" + kai + "/chronology\"");
        assertThat(body).as("the whole chronology is on its own page").doesNotContain("Filter the chronology");
    }

    @Test
    void eachPartShowsItsFeaturesAndTheChronologyPageKeepsItsFilter() {
        PageSession social = PageSession.signedIn(port, "social");
        assertThat(social.get(RecordPart.CHRONOLOGY.path(kai)).body()).contains("Filter the chronology", "id=\"chronology-entries\"");
        assertThat(social.get(RecordPart.CHRONOLOGY.path(kai) + "?show=NOT_A_TYPE").body())
                .contains("govuk-error-summary", "Unknown entry type NOT_A_TYPE");
        assertThat(social.get(RecordPart.FAMILY.path(kai)).body()).contains("id=\"family-network\"", "NHS number",
                "id=\"add-family-member\"");
        assertThat(social.get(RecordPart.ASSESSMENTS_AND_PROTECTION.path(kai)).body()).contains("id=\"current-plan\"",
                "id=\"strategy-discussions\"");
        assertThat(social.get(RecordPart.PLANS.path(kai)).body()).contains("id=\"current-plan\"", "id=\"level-history\"");
        assertThat(social.get(RecordPart.VISITS.path(kai)).body()).contains("id=\"visits-next-due\"", "id=\"record-visit\"");
        assertThat(social.get(RecordPart.DECISIONS.path(kai)).body()).contains("id=\"decision-log-heading\"");
        String documents = social.get(RecordPart.DOCUMENTS.path(kai)).body();
        assertThat(documents).contains("id=\"documents\"", "id=\"upload-document\"");
    }

    @Test
    void aLinkToTheOnePageRecordsChronologyLandsOnTheChronologyPage() {
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page filtered = social.get("/people/" + kai + "?show=VISIT&text=home");
        assertThat(filtered.status()).isEqualTo(302);
        assertThat(filtered.location()).endsWith("/people/" + kai + "/chronology?show=VISIT&text=home");
        assertThat(social.get("/people/" + kai + "?noteAdded").status()).as("a message is not a filter").isEqualTo(200);
        PageSession.Page braces = social.get("/people/" + kai + "?text=%7Bid%7D%20%26%20more");
        assertThat(braces.location()).as("what was typed is carried, not read as a template")
                .endsWith("/people/" + kai + "/chronology?text=%7Bid%7D%20%26%20more");
        assertThat(social.get(braces.location().substring(braces.location().indexOf("/people/"))).status()).isEqualTo(200);
    }

    @Test
    void anAdultsRecordOffersOnlyThePartsAnAdultHas() {
        long parent = new Fixtures(people, users, jdbc).adult("Rae", Fixtures.uniqueSurname("Parts"), LocalDate.of(1990, 4, 4));
        String body = PageSession.signedIn(port, "contact").get("/people/" + parent).body();
        assertThat(body).contains("href=\"" + RecordPart.CHRONOLOGY.path(parent) + "\"", "href=\"" + RecordPart.FAMILY.path(parent) + "\"")
                .doesNotContain("href=\"" + RecordPart.VISITS.path(parent) + "\"")
                .doesNotContain("href=\"" + RecordPart.PLANS.path(parent) + "\"");
    }

    private static List<String> currentLinks(String body) {
        Matcher m = CURRENT.matcher(body);
        return m.results().map(r -> r.group(1).trim()).toList();
    }

    private static String between(String body, String start, String end) {
        int from = body.indexOf(start);
        assertThat(from).as("%s on the page", start).isNotNegative();
        return body.substring(from, body.indexOf(end, from));
    }

    private long lastLogId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM access_log").query(Long.class).single();
    }

    private List<String> logSince(long id, String username) {
        return jdbc.sql("SELECT action || ' ' || person_id || ' ' || path FROM access_log WHERE id > ? AND username = ? ORDER BY id")
                .params(id, username).query(String.class).list();
    }
}

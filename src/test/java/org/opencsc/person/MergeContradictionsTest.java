package org.opencsc.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.platform.web.Dates;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A merge leaves the kept record telling one story: its level of need is the one the two
 * records together say, it has one current address, and two records that cannot be one
 * person's (different NHS numbers, a child's and an adult's) never reach the merge button, on
 * the page or the API. Doubts (different dates of birth, records linked to each other) are shown
 * first and merged only when confirmed. Only managers merge.
 */
@IntegrationTest
class MergeContradictionsTest {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    PersonService personService;
    @Autowired
    UserRepository users;
    @Autowired
    RecordRestriction restriction;
    @Autowired
    JdbcClient jdbc;

    Fixtures fixtures;
    LocalDate today;
    Api manager;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(personService, users, jdbc);
        today = clock.today();
        manager = new Api(port, "manager");
    }

    private Api.Response merge(long kept, long merged, String extra) {
        return manager.post("/api/v1/people/" + kept + "/merge",
                "{\"mergedPersonId\": %d, \"reason\": \"Same child, recorded twice\"%s}".formatted(merged, extra));
    }

    private boolean mergedInto(long merged, long kept) {
        Long into = jdbc.sql("SELECT merged_into FROM person WHERE id = ?").params(merged).query(Long.class).optional().orElse(null);
        return into != null && into == kept;
    }

    // ------------------------------------------------------------------ (a) the level of need

    @Test
    void anOpenPlanFromTheMergedRecordMakesTheKeptRecordChildProtectionThoughItsOwnCaseClosedLater() {
        ProtectionJourney.Referred closedCase = journey.referredAndAllocated(today.minusDays(20));
        int version = jdbc.sql("SELECT version FROM referral WHERE id = ?").params(closedCase.referral()).query(Integer.class).single();
        Api.Response closed = manager.post("/api/v1/referrals/" + closedCase.referral() + "/closure", """
                {"version": %d, "closedOn": "%s", "reason": "RC8", "why": "No further action after assessment"}"""
                .formatted(version, today.minusDays(1)));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        ProtectionJourney.Referred onAPlan = journey.referredAndAllocated(today.minusDays(40));
        journey.onAPlan(onAPlan, today.minusDays(38), today.minusDays(30), "chair");
        assertThat(level(closedCase.child())).isEqualTo("NONE");

        Api.Response merge = merge(closedCase.child(), onAPlan.child(), "");

        assertThat(merge.status()).as(merge.body()).isEqualTo(200);
        JsonNode level = manager.get("/api/v1/people/" + closedCase.child() + "/level").json();
        assertThat(level.get("current").asString()).as("the plan that moved over is open").isEqualTo("CP");
        JsonNode latest = level.get("history").get(0);
        assertThat(latest.get("source").asString()).isEqualTo("MERGE");
        assertThat(latest.get("from").asString()).isEqualTo("NONE");
        assertThat(latest.get("to").asString()).isEqualTo("CP");
        String page = PageSession.signedIn(port, "manager").get("/people/" + closedCase.child() + "/plans").body();
        assertThat(page).contains("id=\"level-of-need\"").contains(">Child protection</strong>").contains("(records merged)");
    }

    @Test
    void aLevelTheJoinedHistoryAlreadyReadsRightIsNotRecordedAgain() {
        ProtectionJourney.Referred onAPlan = journey.referredAndAllocated(today.minusDays(40));
        journey.onAPlan(onAPlan, today.minusDays(38), today.minusDays(30), "chair");
        long duplicate = fixtures.child("Kai", Fixtures.uniqueSurname("Noepisode"), LocalDate.of(2016, 3, 3));

        assertThat(merge(onAPlan.child(), duplicate, "").status()).isEqualTo(200);

        assertThat(level(onAPlan.child())).isEqualTo("CP");
        assertThat(jdbc.sql("SELECT count(*) FROM care_level_change WHERE person_id = ? AND source = 'MERGE'")
                .params(onAPlan.child()).query(Long.class).single()).isZero();
    }

    private String level(long child) {
        return manager.get("/api/v1/people/" + child + "/level").json().get("current").asString();
    }

    // ------------------------------------------------------------------ (b) one current address

    @Test
    void theKeptRecordKeepsOneCurrentAddressAndTheMergedRecordsBecomesAPastOne() {
        String surname = Fixtures.uniqueSurname("Twohomes");
        long kept = fixtures.child("Ava", surname, LocalDate.of(2015, 6, 1));
        long merged = fixtures.child("Ava", surname, LocalDate.of(2015, 6, 1));
        moveTo(kept, "1 Kept Road", "L1 1AA", today.minusYears(2));
        moveTo(merged, "9 Other Street", "L9 9ZZ", today.minusMonths(3));

        String comparison = compare(PageSession.signedIn(port, "manager"), kept, merged).body();
        assertThat(comparison).contains("Both records have a current address. This record&#39;s (1 Kept Road, L1 1AA) stays current")
                .contains("(9 Other Street, L9 9ZZ) becomes a past address");

        assertThat(merge(kept, merged, "").status()).isEqualTo(200);

        JsonNode addresses = manager.get("/api/v1/people/" + kept).json().get("addresses");
        List<String> current = new ArrayList<>();
        addresses.forEach(a -> {
            if (a.get("endDate") == null || a.get("endDate").isNull()) {
                current.add(a.get("line1").asString());
            }
        });
        assertThat(current).containsExactly("1 Kept Road");
        assertThat(addresses.valueStream().filter(a -> a.get("line1").asString().equals("9 Other Street")).findFirst().orElseThrow()
                .get("endDate").asString()).isEqualTo(today.toString());
        assertThat(jdbc.sql("""
                        SELECT e.detail FROM event e JOIN event_subject s ON s.event_id = e.id
                        WHERE s.person_id = ? AND e.type = 'RECORD_MERGED'""").params(kept).query(String.class).single())
                .contains("becomes a past address");
    }

    private void moveTo(long person, String line1, String postcode, LocalDate since) {
        Api.Response r = new Api(port, "contact").post("/api/v1/people/" + person + "/addresses",
                "{\"line1\": \"%s\", \"postcode\": \"%s\", \"since\": \"%s\"}".formatted(line1, postcode, since));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    // ------------------------------------------------------------------ (c) NHS numbers

    @Test
    void recordsWithDifferentNhsNumbersAreNotMergedOnTheApiOrThePage() {
        String surname = Fixtures.uniqueSurname("Twonhs");
        long kept = fixtures.child("Leo", surname, LocalDate.of(2014, 2, 2));
        long merged = fixtures.child("Leo", surname, LocalDate.of(2014, 2, 2));
        String keptNhs = nhsNumber();
        String mergedNhs = nhsNumber();
        jdbc.sql("UPDATE person SET nhs_number = ? WHERE id = ?").params(keptNhs, kept).update();
        jdbc.sql("UPDATE person SET nhs_number = ? WHERE id = ?").params(mergedNhs, merged).update();

        Api.Response api = merge(kept, merged, ", \"confirmConflicts\": true");
        assertThat(api.status()).as(api.body()).isEqualTo(400);
        assertThat(api.json().get("errors").get(0).get("field").asString()).isEqualTo("mergedPersonId");
        assertThat(api.json().get("errors").get(0).get("message").asString())
                .contains("different NHS numbers").contains("Different NHS numbers mean different people");

        PageSession page = PageSession.signedIn(port, "manager");
        PageSession.Page comparison = compare(page, kept, merged);
        assertThat(comparison.body()).contains("Different NHS numbers mean different people")
                .doesNotContain("Merge these records").doesNotContain("name=\"comparedId\"");
        PageSession.Page forced = page.post("/people/" + kept + "/merge", "mergedId", String.valueOf(merged), "reason", "Same",
                "confirm", "yes", "comparedId", String.valueOf(merged), "_csrf", comparison.csrf());
        assertThat(forced.status()).isEqualTo(200);
        assertThat(mergedInto(merged, kept)).isFalse();

        long noNumber = fixtures.child("Leo", surname, LocalDate.of(2014, 2, 2));
        assertThat(merge(noNumber, merged, "").status()).as("a blank NHS number is no contradiction").isEqualTo(200);
        assertThat(jdbc.sql("SELECT nhs_number FROM person WHERE id = ?").params(noNumber).query(String.class).single())
                .isEqualTo(mergedNhs);
    }

    /** A valid NHS number no other record has (they are unique). */
    private String nhsNumber() {
        while (true) {
            String nine = String.valueOf(100_000_000 + new java.util.Random().nextInt(800_000_000));
            String nhs = NhsNumber.withCheckDigit(nine);
            if (nhs != null && jdbc.sql("SELECT count(*) FROM person WHERE nhs_number = ?").params(nhs).query(Long.class).single() == 0) {
                return nhs;
            }
        }
    }

    // ------------------------------------------------------------------ (d) what may be merged, and by whom

    @Test
    void anAdultsRecordNeverReachesTheMergeButtonOfAChildsRecord() {
        String surname = Fixtures.uniqueSurname("Adultchild");
        long child = fixtures.child("Sam", surname, LocalDate.of(2012, 1, 1));
        long adult = fixtures.adult("Sam", surname, LocalDate.of(1985, 1, 1));

        PageSession page = PageSession.signedIn(port, "manager");
        PageSession.Page comparison = compare(page, child, adult);
        assertThat(comparison.body()).contains("A child&#39;s record cannot be merged with an adult&#39;s")
                .doesNotContain("Merge these records");
        PageSession.Page forced = page.post("/people/" + child + "/merge", "mergedId", String.valueOf(adult), "reason", "Same",
                "confirm", "yes", "comparedId", String.valueOf(adult), "_csrf", comparison.csrf());
        assertThat(forced.body()).contains("cannot be merged with an adult");
        assertThat(merge(child, adult, ", \"confirmConflicts\": true").status()).isEqualTo(400);
        assertThat(mergedInto(adult, child)).isFalse();
    }

    @Test
    void differentDatesOfBirthAreShownFirstAndMergedOnlyWhenConfirmed() {
        String surname = Fixtures.uniqueSurname("Twodobs");
        long kept = fixtures.child("Mia", surname, LocalDate.of(2016, 3, 5));
        long merged = fixtures.child("Mia", surname, LocalDate.of(2016, 5, 3));

        Api.Response unconfirmed = merge(kept, merged, "");
        assertThat(unconfirmed.status()).as(unconfirmed.body()).isEqualTo(409);
        assertThat(unconfirmed.contentType()).startsWith("application/problem+json");
        assertThat(unconfirmed.json().get("conflicts").get(0).asString())
                .contains("The dates of birth differ: " + Dates.govuk(LocalDate.of(2016, 3, 5)) + " on this record")
                .contains("the day and month swapped");
        assertThat(unconfirmed.json().get("detail").asString()).contains("\"confirmConflicts\": true");
        assertThat(mergedInto(merged, kept)).isFalse();

        PageSession page = PageSession.signedIn(port, "manager");
        PageSession.Page comparison = compare(page, kept, merged);
        assertThat(comparison.body()).contains("The dates of birth differ").contains("Merge these records");
        // The ID box was changed after comparing: the record now named is compared, not merged unseen.
        long other = fixtures.child("Mia", surname, LocalDate.of(2016, 3, 5));
        PageSession.Page switched = page.post("/people/" + kept + "/merge", "mergedId", String.valueOf(other), "reason", "Same",
                "confirm", "yes", "comparedId", String.valueOf(merged), "_csrf", comparison.csrf());
        assertThat(switched.status()).isEqualTo(200);
        assertThat(switched.body()).contains("name=\"comparedId\" value=\"" + other + "\"");
        assertThat(mergedInto(other, kept)).isFalse();

        PageSession.Page merging = page.post("/people/" + kept + "/merge", "mergedId", String.valueOf(merged),
                "reason", "Same girl: school and GP match", "confirm", "yes", "comparedId", String.valueOf(merged),
                "_csrf", comparison.csrf());
        assertThat(merging.status()).isEqualTo(302);
        assertThat(merging.location()).endsWith("/people/" + kept + "?mergedFrom=" + merged);
        assertThat(mergedInto(merged, kept)).isTrue();
        assertThat(merge(kept, other, ", \"confirmConflicts\": true").status()).isEqualTo(200);
    }

    @Test
    void recordsLinkedToEachOtherAsFamilyAreADoubtToConfirm() {
        String surname = Fixtures.uniqueSurname("Twins");
        long one = fixtures.child("Ali", surname, LocalDate.of(2018, 8, 8));
        long two = fixtures.child("Ali", surname, LocalDate.of(2018, 8, 8));
        fixtures.link(two, one, RelationshipType.SIBLING);

        Api.Response r = merge(one, two, "");

        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(r.json().get("conflicts").get(0).asString()).contains("is recorded as this person's sibling");
    }

    @Test
    void onlyManagersReachTheMergePageAndOnlyForARecordThatIsNotMergedAlready() {
        String surname = Fixtures.uniqueSurname("Whomerges");
        long kept = fixtures.child("Eli", surname, LocalDate.of(2013, 3, 3));
        long merged = fixtures.child("Eli", surname, LocalDate.of(2013, 3, 3));
        fixtures.allocate(kept, "Safeguarding team North");
        fixtures.allocate(merged, "Safeguarding team North");
        for (String user : List.of("social", "family", "duty", "contact", "chair", "auditor")) {
            PageSession session = PageSession.signedIn(port, user);
            assertThat(session.get("/people/" + kept).body()).as(user).doesNotContain("/people/" + kept + "/merge");
            assertThat(session.get("/people/" + kept + "/merge").status()).as(user).isEqualTo(403);
            assertThat(new Api(port, user).post("/api/v1/people/" + kept + "/merge",
                    "{\"mergedPersonId\": %d, \"reason\": \"Same\"}".formatted(merged)).status()).as(user).isEqualTo(403);
        }
        assertThat(PageSession.signedIn(port, "manager").get("/people/" + kept).body()).contains("/people/" + kept + "/merge");

        assertThat(merge(kept, merged, "").status()).isEqualTo(200);
        String mergedPage = PageSession.signedIn(port, "manager").get("/people/" + merged + "/merge").body();
        assertThat(mergedPage).contains("This record was merged into record " + kept).doesNotContain("Compare records");
    }

    @Test
    void aRestrictionTheMergeBringsNamesTheWorkerHoldingTheKeptRecord() {
        String surname = Fixtures.uniqueSurname("Keptworker");
        long kept = fixtures.child("Rae", surname, LocalDate.of(2011, 11, 11));
        long merged = fixtures.child("Rae", surname, LocalDate.of(2011, 11, 11));
        fixtures.allocate(kept, "Safeguarding team North");
        jdbc.sql("UPDATE allocation SET worker_id = ? WHERE person_id = ? AND end_date IS NULL")
                .params(fixtures.user("social").id(), kept).update();
        restriction.restrict(merged, List.of(), "Child of a member of staff", fixtures.user("manager"));
        assertThat(new Api(port, "social").get("/api/v1/people/" + kept).status()).isEqualTo(200);

        assertThat(merge(kept, merged, "").status()).isEqualTo(200);

        assertThat(jdbc.sql("SELECT restricted FROM person WHERE id = ?").params(kept).query(Boolean.class).single()).isTrue();
        assertThat(new Api(port, "social").get("/api/v1/people/" + kept).status()).as("the child's own worker").isEqualTo(200);
        assertThat(new Api(port, "family").get("/api/v1/people/" + kept).status()).as("not named").isEqualTo(403);
    }

    private PageSession.Page compare(PageSession session, long kept, long merged) {
        String csrf = session.get("/people/" + kept + "/merge").csrf();
        PageSession.Page page = session.post("/people/" + kept + "/merge", "mergedId", String.valueOf(merged), "_csrf", csrf);
        assertThat(page.status()).isEqualTo(200);
        return page;
    }
}

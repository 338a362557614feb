package org.opencsc.quality.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.quality.QaFixtures;
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

/** Rounds: a fair, repeatable draw from a filter or children by hand, the audits it makes, refusals, partners and access. */
@IntegrationTest
class RoundSamplingTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    TestClock clock;
    @Autowired
    ProtectionJourney journey;
    @LocalServerPort
    int port;

    QaFixtures qa;
    long template;

    @BeforeEach
    void setUp() {
        qa = new QaFixtures(jdbc, new Fixtures(people, users, jdbc));
        template = qa.defaultTemplateId("CASE_AUDIT");
    }

    private Api auditor() {
        return new Api(port, "auditor");
    }

    private String random(long team, String size, String seed) {
        return """
                {"title": "December case audit", "kind": "CASE_AUDIT", "templateId": %d, "dueOn": "%s", "selection": "RANDOM",
                 "filter": {"teamId": %d}, "sampleSize": %s%s}""".formatted(template, clock.today().plusDays(28), team, size,
                seed == null ? "" : ", \"seed\": " + seed);
    }

    private JsonNode created(String body) {
        Api.Response r = auditor().post("/api/v1/quality/rounds", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private static List<Long> personIds(JsonNode round) {
        List<Long> ids = new ArrayList<>();
        round.path("audits").forEach(a -> ids.add(a.path("personId").asLong()));
        return ids;
    }

    private List<String> fieldsRefused(String body) {
        Api.Response r = auditor().post("/api/v1/quality/rounds", body);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).contains("problem+json");
        return r.json().path("errors").findValuesAsString("field");
    }

    @Test
    void theDrawIsDeterminedByTheEligibleChildrenTheSizeAndTheSeed() {
        List<Long> ids = LongStream.rangeClosed(1, 40).map(i -> i * 7).boxed().toList();
        List<Long> shuffled = new ArrayList<>(ids);
        java.util.Collections.reverse(shuffled);
        assertThat(FairDraw.draw(ids, 5, 42)).isEqualTo(FairDraw.draw(shuffled, 5, 42)).hasSize(5).doesNotHaveDuplicates();
        assertThat(FairDraw.draw(ids, 5, 42)).isNotEqualTo(FairDraw.draw(ids, 5, 43));
        assertThat(FairDraw.draw(ids, 40, 1)).containsExactlyInAnyOrderElementsOf(ids);
        // Pinned: the algorithm is documented and must not drift, or old rounds could no longer be checked.
        assertThat(FairDraw.draw(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), 3, 12345)).isEqualTo(FairDraw.draw(
                List.of(10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L), 3, 12345));
        assertThat(FairDraw.draw(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), 3, 12345)).containsExactly(pinned());
    }

    private static Long[] pinned() {
        // Computed once from the documented algorithm (java.util.Random(12345), partial Fisher-Yates over 1..10).
        java.util.Random r = new java.util.Random(12345);
        Long[] a = {1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L};
        for (int i = 0; i < 3; i++) {
            int j = i + r.nextInt(10 - i);
            Long t = a[j];
            a[j] = a[i];
            a[i] = t;
        }
        return new Long[] {a[0], a[1], a[2]};
    }

    @Test
    void aRandomRoundKeepsItsFilterEligibleChildrenSizeAndSeedAndDrawingAgainGivesTheSameChildren() {
        long team = qa.team();
        List<Long> children = qa.children(team, 12, "social");
        JsonNode first = created(random(team, "4", "2026"));
        assertThat(first.path("selection").asString()).isEqualTo("RANDOM");
        assertThat(first.path("filter").path("teamId").asLong()).isEqualTo(team);
        assertThat(first.path("eligible").asInt()).isEqualTo(12);
        assertThat(first.path("eligibleIds").findValuesAsString("")).isEmpty();
        List<Long> eligible = new ArrayList<>();
        first.path("eligibleIds").forEach(n -> eligible.add(n.asLong()));
        assertThat(eligible).containsExactlyElementsOf(children);
        assertThat(first.path("sampleSize").asInt()).isEqualTo(4);
        assertThat(first.path("seed").asLong()).isEqualTo(2026);
        List<Long> drawn = personIds(first);
        assertThat(drawn).hasSize(4).doesNotHaveDuplicates().isSubsetOf(children).isEqualTo(FairDraw.draw(children, 4, 2026));

        // Another round with the same filter, size and seed draws the same children; drawing again reproduces it.
        assertThat(personIds(created(random(team, "4", "2026")))).isEqualTo(drawn);
        JsonNode again = auditor().get("/api/v1/quality/rounds/" + first.path("id").asLong() + "/draw-again").json();
        assertThat(again.path("matches").asBoolean()).isTrue();
        assertThat(again.path("personIds").findValuesAsString("")).isEmpty();
        PageSession page = PageSession.signedIn(port, "auditor");
        String body = page.get("/quality/rounds/" + first.path("id").asLong() + "?drawAgain").body();
        assertThat(body).contains("id=\"eligible-count\">12<").contains("id=\"seed\">2026<").contains("id=\"sample-size\">4<")
                .contains("The same children: the draw is reproduced.");

        // A round drawn later, after a new child joins the team, still reproduces from what it kept.
        qa.children(team, 1, "social");
        assertThat(auditor().get("/api/v1/quality/rounds/" + first.path("id").asLong() + "/draw-again").json()
                .path("matches").asBoolean()).isTrue();
    }

    @Test
    void drawingMakesTheAuditsWithTheWorkerTheirManagerTheTeamAndTheTemplateVersion() {
        long team = qa.team();
        qa.children(team, 3, "social");
        JsonNode round = created(random(team, "3", "7"));
        long roundId = round.path("id").asLong();
        long social = qa.userId("social");
        Long manager = jdbc.sql("SELECT line_manager_id FROM app_user WHERE id = ?").params(social).query(Long.class).single();
        assertThat(manager).isNotNull();
        jdbc.sql("SELECT * FROM audit WHERE round_id = ?").params(roundId).query(rs -> {
            assertThat(rs.getString("status")).isEqualTo("NOT_STARTED");
            assertThat(rs.getLong("worker_id")).isEqualTo(social);
            assertThat(rs.getLong("worker_manager_id")).isEqualTo(manager);
            assertThat(rs.getLong("team_id")).isEqualTo(team);
            assertThat(rs.getLong("template_id")).isEqualTo(template);
            assertThat(rs.getObject("auditor_id")).isNull();
        });
        assertThat(jdbc.sql("SELECT count(*) FROM audit WHERE round_id = ?").params(roundId).query(Long.class).single()).isEqualTo(3);
        assertThat(round.path("audits").get(0).path("id").asLong()).isPositive();
        assertThat(round.path("audits").get(0).path("workerName").asString()).isEqualTo("Sam Social");
    }

    @Test
    void aBlankSeedIsChosenAndKept() {
        long team = qa.team();
        qa.children(team, 5, "social");
        JsonNode round = created(random(team, "2", null));
        long seed = round.path("seed").asLong();
        assertThat(seed).isPositive();
        assertThat(personIds(round)).isEqualTo(FairDraw.draw(jdbc.sql("SELECT person_id FROM allocation WHERE team_id = ?")
                .params(team).query(Long.class).list(), 2, seed));
    }

    @Test
    void restrictedChildrenAreNeverDrawnAtRandomNorChosenByHandByAnAuditorNotNamedOnThem() {
        long team = qa.team();
        List<Long> children = qa.children(team, 4, "social");
        long sealed = children.get(2);
        qa.restrict(sealed);
        Api.Response preview = auditor().post("/api/v1/quality/rounds/preview", "{\"filter\": {\"teamId\": " + team + "}}");
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().path("eligible").asInt()).isEqualTo(3);
        JsonNode all = created(random(team, "3", "99"));
        assertThat(personIds(all)).doesNotContain(sealed).hasSize(3);
        assertThat(all.path("eligibleIds").toString()).doesNotContain(String.valueOf(sealed));
        assertThat(fieldsRefused(random(team, "4", "99"))).containsExactly("sampleSize");

        Api.Response byHand = auditor().post("/api/v1/quality/rounds", """
                {"title": "Hand", "kind": "CASE_AUDIT", "templateId": %d, "dueOn": "%s", "selection": "BY_HAND", "personIds": [%d, %d]}"""
                .formatted(template, clock.today(), children.get(0), sealed));
        assertThat(byHand.status()).isEqualTo(400);
        assertThat(byHand.json().path("errors").findValuesAsString("field")).containsExactly("personIds");
        assertThat(jdbc.sql("SELECT count(*) FROM audit WHERE person_id = ?").params(sealed).query(Long.class).single()).isZero();
        // Adults and unknown ids are refused the same way, without saying which is which.
        long adult = new Fixtures(people, users, jdbc).adult("Qa", Fixtures.uniqueSurname("Adult"), LocalDate.of(1980, 1, 1));
        assertThat(auditor().post("/api/v1/quality/rounds", """
                {"title": "Hand", "kind": "CASE_AUDIT", "templateId": %d, "dueOn": "%s", "selection": "BY_HAND", "personIds": [%d, 999999999]}"""
                .formatted(template, clock.today(), adult)).body()).contains("999999999").contains(String.valueOf(adult));
    }

    @Test
    void everyBadValueIsRefusedNamingItsFieldAndNothingIsSaved() {
        long team = qa.team();
        qa.children(team, 3, "social");
        long before = jdbc.sql("SELECT count(*) FROM audit_round").query(Long.class).single();
        assertThat(fieldsRefused(random(team, "0", "1"))).containsExactly("sampleSize");
        assertThat(fieldsRefused(random(team, "1.5", "1"))).containsExactly("sampleSize");
        assertThat(fieldsRefused(random(team, "\"2\"", "1"))).containsExactly("sampleSize");
        assertThat(fieldsRefused(random(team, "4", "1"))).containsExactly("sampleSize");
        assertThat(fieldsRefused(random(team, "2", "1.5"))).containsExactly("seed");
        assertThat(fieldsRefused(random(team, "2", "\"abc\""))).containsExactly("seed");
        assertThat(fieldsRefused(random(team, "2", "1").replace("\"sampleSize\": 2, ", ""))).containsExactly("sampleSize");
        assertThat(fieldsRefused(random(team, "2", "1").replace(clock.today().plusDays(28).toString(), clock.today().minusDays(1).toString())))
                .containsExactly("dueOn");
        assertThat(fieldsRefused(random(team, "2", "1").replace("\"teamId\": " + team, "\"teamId\": 999999999")))
                .containsExactly("filter.teamId");
        assertThat(fieldsRefused(random(team, "2", "1").replace("\"teamId\": " + team, "\"levelOfNeed\": \"URGENT\"")))
                .containsExactly("filter.levelOfNeed");
        assertThat(fieldsRefused(random(team, "2", "1").replace("\"teamId\": " + team, "\"closedWithinDays\": 0")))
                .containsExactly("filter.closedWithinDays");
        assertThat(fieldsRefused(random(team, "2", "1").replace("\"teamId\": " + team, "\"closedWithinDays\": 2.5")))
                .containsExactly("filter.closedWithinDays");
        assertThat(fieldsRefused(random(team, "2", "1").replace("\"teamId\": " + team, "\"cpPlanOver12Months\": \"yes\"")))
                .containsExactly("filter.cpPlanOver12Months");
        assertThat(fieldsRefused(random(team, "2", "1").replace("CASE_AUDIT", "THEMATIC"))).containsExactly("theme");
        assertThat(fieldsRefused(random(team, "2", "1").replace("\"kind\": \"CASE_AUDIT\"", "\"kind\": \"THEMATIC\", \"theme\": \"WEATHER\"")))
                .containsExactly("theme");
        assertThat(fieldsRefused(random(team, "2", "1").replace("RANDOM", "LOTTERY"))).containsExactly("selection");
        assertThat(fieldsRefused(random(team, "2", "1").replace("December case audit", ""))).containsExactly("title");
        assertThat(fieldsRefused(random(team, "2", "1").replace("\"templateId\": " + template, "\"templateId\": 999999999")))
                .containsExactly("templateId");
        assertThat(fieldsRefused("""
                {"title": "Hand", "kind": "CASE_AUDIT", "templateId": %d, "dueOn": "%s", "selection": "BY_HAND", "personIds": []}"""
                .formatted(template, clock.today()))).containsExactly("personIds");
        assertThat(auditor().post("/api/v1/quality/rounds/preview", "{\"filter\": {\"closedWithinDays\": -3}}").status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_round").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theNewRoundPagePreviewsTheFilterAndKeepsWhatWasTypedOnAProblem() {
        long team = qa.team();
        qa.children(team, 3, "social");
        PageSession page = PageSession.signedIn(port, "auditor");
        PageSession.Page form = page.get("/quality/rounds/new");
        assertThat(form.status()).isEqualTo(200);
        LocalDate due = clock.today().plusDays(10);
        List<String> fields = new ArrayList<>(List.of("_csrf", form.csrf(), "title", "Page round", "kind", "CASE_AUDIT",
                "templateId", String.valueOf(template), "dueOnDay", String.valueOf(due.getDayOfMonth()),
                "dueOnMonth", String.valueOf(due.getMonthValue()), "dueOnYear", String.valueOf(due.getYear()),
                "selection", "RANDOM", "filter.teamId", String.valueOf(team), "seed", "77"));
        List<String> preview = new ArrayList<>(fields);
        preview.addAll(List.of("preview", "true", "sampleSize", ""));
        assertThat(page.post("/quality/rounds/new", preview).body()).contains("3 children match");
        List<String> fraction = new ArrayList<>(fields);
        fraction.addAll(List.of("sampleSize", "1.5"));
        PageSession.Page refused = page.post("/quality/rounds/new", fraction);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("The sample size must be a whole number");
        assertThat(refused.inputValue("sampleSize")).isEqualTo("1.5");
        assertThat(refused.inputValue("title")).isEqualTo("Page round");
        List<String> good = new ArrayList<>(fields);
        good.addAll(List.of("sampleSize", "2"));
        PageSession.Page saved = page.post("/quality/rounds/new", good);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(page.get(saved.location().replaceFirst("^https?://[^/]+", "")).body()).contains("Round started with 2 audits").contains("id=\"seed\">77<");
    }

    @Test
    void theFiltersFindChildrenOnLongPlansReReferredAndRecentlyClosed() {
        LocalDate today = clock.today();
        var longPlan = journey.referredAndAllocated(today.minusMonths(14));
        journey.onAPlan(longPlan, today.minusMonths(14).plusDays(2), today.minusMonths(13));
        var shortPlan = journey.referredAndAllocated(today.minusMonths(3));
        journey.onAPlan(shortPlan, today.minusMonths(3).plusDays(2), today.minusMonths(2));
        JsonNode cp = created("""
                {"title": "Long plans", "kind": "CASE_AUDIT", "templateId": %d, "dueOn": "%s", "selection": "RANDOM",
                 "filter": {"cpPlanOver12Months": true, "levelOfNeed": "CP"}, "sampleSize": 1}""".formatted(template, today));
        assertThat(cp.path("eligibleIds").toString()).contains(String.valueOf(longPlan.child()))
                .doesNotContain(String.valueOf(shortPlan.child()) + ",").doesNotContain("," + shortPlan.child() + "]");
        List<Long> eligible = new ArrayList<>();
        cp.path("eligibleIds").forEach(n -> eligible.add(n.asLong()));
        assertThat(eligible).contains(longPlan.child()).doesNotContain(shortPlan.child());

        long team = qa.team();
        List<Long> children = qa.children(team, 2, "social");
        long closed = children.get(0);
        jdbc.sql("UPDATE allocation SET end_date = ? WHERE person_id = ?").params(java.sql.Date.valueOf(today.minusDays(5)), closed).update();
        // The referral comes from a contact of its own: borrowing a demo contact would give it a referral its decision never made.
        long contact = jdbc.sql("""
                INSERT INTO contact (received_at, recorded_at, recorded_by, source_code, reported, urgency, consent, decision_due_on, status)
                VALUES (now(), now(), 'Rounds test', '1A', 'Rounds test contact', 'STANDARD', 'GIVEN', ?, 'DECIDED') RETURNING id""")
                .params(java.sql.Date.valueOf(today.minusMonths(2))).query(Long.class).single();
        jdbc.sql("INSERT INTO contact_child (contact_id, person_id) VALUES (?, ?)").params(contact, closed).update();
        jdbc.sql("""
                INSERT INTO referral (contact_id, person_id, referral_date, source_code, primary_need_code, re_referral, closure_date)
                VALUES (?, ?, ?, '1A', 'N1', true, ?)""")
                .params(contact, closed, java.sql.Date.valueOf(today.minusMonths(2)), java.sql.Date.valueOf(today.minusDays(5))).update();
        Api.Response recent = auditor().post("/api/v1/quality/rounds/preview",
                "{\"filter\": {\"teamId\": " + team + ", \"closedWithinDays\": 30}}");
        assertThat(recent.json().path("eligible").asInt()).isEqualTo(1);
        assertThat(auditor().post("/api/v1/quality/rounds/preview", "{\"filter\": {\"teamId\": " + team + ", \"closedWithinDays\": 3}}")
                .json().path("eligible").asInt()).isZero();
        assertThat(auditor().post("/api/v1/quality/rounds/preview", "{\"filter\": {\"teamId\": " + team + "}}")
                .json().path("eligible").asInt()).isEqualTo(1);
        JsonNode rr = created(random(team, "1", "5").replace("\"teamId\": " + team,
                "\"teamId\": " + team + ", \"reReferral\": true, \"closedWithinDays\": 30"));
        assertThat(personIds(rr)).containsExactly(closed);
        // A closed case's audit names the worker and team that last held it.
        assertThat(jdbc.sql("SELECT team_id FROM audit WHERE round_id = ?").params(rr.path("id").asLong()).query(Long.class).single())
                .isEqualTo(team);
    }

    @Test
    void auditorsAreAssignedFromTheQaTeamAndAStaleOrClosedAssignmentIsRefused() {
        long team = qa.team();
        qa.children(team, 2, "social");
        JsonNode round = created(random(team, "2", "3"));
        long id = round.path("id").asLong();
        long audit = round.path("audits").get(0).path("id").asLong();
        String path = "/api/v1/quality/rounds/" + id + "/audits/" + audit + "/auditor";
        Api.Response notQa = auditor().put(path, "{\"auditorId\": " + qa.userId("social") + "}");
        assertThat(notQa.status()).isEqualTo(400);
        assertThat(notQa.json().path("errors").findValuesAsString("field")).containsExactly("auditorId");
        String second = qa.account("QA_AUDITOR", null);
        Api.Response ok = auditor().put(path, "{\"auditorId\": " + qa.userId(second) + ", \"version\": 0}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().path("audits").get(0).path("auditorName").asString()).isEqualTo("Test " + second);
        assertThat(auditor().put(path, "{\"auditorId\": " + qa.userId("auditor") + ", \"version\": 0}").status()).isEqualTo(409);
        assertThat(new Api(port, "manager").put(path, "{\"auditorId\": " + qa.userId("auditor") + "}").status()).isEqualTo(403);
        assertThat(auditor().put("/api/v1/quality/rounds/" + id + "/audits/999999999/auditor", "{\"auditorId\": 1}").status())
                .isEqualTo(404);

        Api.Response closed = auditor().post("/api/v1/quality/rounds/" + id + "/close", "{\"version\": " + round.path("version").asInt() + "}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().path("closedAt").isNull()).isFalse();
        assertThat(auditor().put(path, "{\"auditorId\": " + qa.userId("auditor") + "}").status()).isEqualTo(409);
        assertThat(auditor().post("/api/v1/quality/rounds/" + id + "/close", "{}").status()).isEqualTo(409);
    }

    @Test
    void aPartnerAuditorOpensExactlyTheRoundsChildrenUntilTheirLastDay() {
        long team = qa.team();
        List<Long> children = qa.children(team, 3, "social");
        JsonNode round = created("""
                {"title": "Multi-agency: neglect", "kind": "THEMATIC", "theme": "MULTI_AGENCY_WORKING", "templateId": %d, "dueOn": "%s",
                 "selection": "BY_HAND", "personIds": [%d, %d]}""".formatted(template, clock.today().plusDays(20), children.get(0),
                children.get(1)));
        long id = round.path("id").asLong();
        String partner = qa.account("PARTNER_AUDITOR", clock.instant().plus(Duration.ofDays(30)));
        long partnerId = qa.userId(partner);
        String partners = "/api/v1/quality/rounds/" + id + "/partners";
        String body = "{\"userId\": %d, \"agency\": \"HEALTH\", \"lastDay\": \"%s\"}";
        Api.Response late = auditor().post(partners, body.formatted(partnerId, clock.today().plusDays(40)));
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.json().path("errors").findValuesAsString("field")).containsExactly("lastDay");
        assertThat(auditor().post(partners, body.formatted(partnerId, clock.today().minusDays(1))).json().path("errors")
                .findValuesAsString("field")).containsExactly("lastDay");
        assertThat(auditor().post(partners, body.formatted(qa.userId("social"), clock.today())).json().path("errors")
                .findValuesAsString("field")).containsExactly("userId");
        assertThat(auditor().post(partners, body.replace("HEALTH", "FIRE").formatted(partnerId, clock.today())).json().path("errors")
                .findValuesAsString("field")).containsExactly("agency");
        String noEnd = qa.account("PARTNER_AUDITOR", null);
        assertThat(auditor().post(partners, body.formatted(qa.userId(noEnd), clock.today())).json().path("errors")
                .findValuesAsString("field")).containsExactly("userId");

        Api.Response added = auditor().post(partners, body.formatted(partnerId, clock.today().plusDays(5)));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(added.json().path("partners").get(0).path("agency").asString()).isEqualTo("HEALTH");

        Api partnerApi = new Api(port, partner);
        assertThat(partnerApi.get("/api/v1/people/" + children.get(0)).status()).isEqualTo(200);
        assertThat(partnerApi.get("/api/v1/people/" + children.get(1)).status()).isEqualTo(200);
        assertThat(partnerApi.get("/api/v1/people/" + children.get(2)).status()).isEqualTo(403);
        assertThat(PageSession.signedIn(port, partner).get("/people/" + children.get(0)).status()).isEqualTo(200);
        // Partners read no rounds or templates themselves (their home shows them their audits).
        assertThat(partnerApi.get("/api/v1/quality/rounds/" + id).status()).isEqualTo(403);

        clock.set(clock.instant().plus(Duration.ofDays(6)));
        assertThat(partnerApi.get("/api/v1/people/" + children.get(0)).status()).isEqualTo(403);
    }

    @Test
    void closingARoundEndsItsPartnersAccess() {
        long team = qa.team();
        long child = qa.children(team, 1, "social").getFirst();
        JsonNode round = created("""
                {"title": "Dip", "kind": "DIP_SAMPLE", "theme": "SEEN_ALONE", "templateId": %d, "dueOn": "%s",
                 "selection": "BY_HAND", "personIds": [%d]}""".formatted(qa.defaultTemplateId("DIP_SAMPLE"), clock.today(), child));
        long id = round.path("id").asLong();
        String partner = qa.account("PARTNER_AUDITOR", clock.instant().plus(Duration.ofDays(30)));
        assertThat(auditor().post("/api/v1/quality/rounds/" + id + "/partners", "{\"userId\": %d, \"agency\": \"POLICE\", \"lastDay\": \"%s\"}"
                .formatted(qa.userId(partner), clock.today().plusDays(10))).status()).isEqualTo(200);
        assertThat(new Api(port, partner).get("/api/v1/people/" + child).status()).isEqualTo(200);
        assertThat(auditor().post("/api/v1/quality/rounds/" + id + "/close", "{}").status()).isEqualTo(200);
        assertThat(new Api(port, partner).get("/api/v1/people/" + child).status()).isEqualTo(403);
    }

    @Test
    void onlyTheQaTeamRunsRoundsAndSeniorLeadersAndInspectorsReadThem() {
        long team = qa.team();
        qa.children(team, 2, "social");
        long id = created(random(team, "1", "1")).path("id").asLong();
        for (String user : List.of("social", "manager", "contact", "chair", "dataofficer")) {
            Api api = new Api(port, user);
            assertThat(api.get("/api/v1/quality/rounds").status()).as(user).isEqualTo(403);
            assertThat(api.get("/api/v1/quality/rounds/" + id).status()).as(user).isEqualTo(403);
            assertThat(api.post("/api/v1/quality/rounds/preview", "{\"filter\": {}}").status()).as(user).isEqualTo(403);
            assertThat(api.post("/api/v1/quality/rounds", random(team, "1", "1")).status()).as(user).isEqualTo(403);
            PageSession page = PageSession.signedIn(port, user);
            assertThat(page.get("/quality/rounds").status()).as(user).isEqualTo(403);
            assertThat(page.get("/quality/rounds/" + id).status()).as(user).isEqualTo(403);
            assertThat(page.get("/quality/rounds/new").status()).as(user).isEqualTo(403);
        }
        for (String user : List.of("leader", "inspector")) {
            assertThat(new Api(port, user).get("/api/v1/quality/rounds/" + id).status()).as(user).isEqualTo(200);
            assertThat(new Api(port, user).post("/api/v1/quality/rounds", random(team, "1", "1")).status()).as(user).isEqualTo(403);
            PageSession page = PageSession.signedIn(port, user);
            assertThat(page.get("/quality/rounds/" + id).status()).as(user).isEqualTo(200);
            assertThat(page.get("/quality/rounds/" + id).body()).doesNotContain("close-form").doesNotContain("partner-form");
            assertThat(page.get("/quality/rounds/new").status()).as(user).isEqualTo(403);
        }
        assertThat(PageSession.signedIn(port, "auditor").get("/quality/rounds").body()).contains("December case audit");
    }

    @Test
    void theRoundPageAssignsAuditorsAddsPartnersKeepingARefusedFormAndClosesTheRound() {
        long team = qa.team();
        qa.children(team, 2, "social");
        JsonNode round = created(random(team, "2", "11"));
        long id = round.path("id").asLong();
        long audit = round.path("audits").get(0).path("id").asLong();
        PageSession page = PageSession.signedIn(port, "auditor");
        PageSession.Page shown = page.get("/quality/rounds/" + id);
        assertThat(shown.body()).contains("id=\"partner-form\"").contains("id=\"close-form\"").contains("Sam Social");

        PageSession.Page assigned = page.post("/quality/rounds/" + id + "/audits/" + audit + "/auditor", "_csrf", shown.csrf(),
                "auditorId", String.valueOf(qa.userId("auditor")), "version", "0");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT auditor_id FROM audit WHERE id = ?").params(audit).query(Long.class).single())
                .isEqualTo(qa.userId("auditor"));
        PageSession.Page stale = page.post("/quality/rounds/" + id + "/audits/" + audit + "/auditor", "_csrf", shown.csrf(),
                "auditorId", String.valueOf(qa.userId("auditor")), "version", "0");
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("Someone else changed this audit");

        String partner = qa.account("PARTNER_AUDITOR", clock.instant().plus(Duration.ofDays(10)));
        LocalDate late = clock.today().plusDays(20);
        PageSession.Page refused = page.post("/quality/rounds/" + id + "/partners", "_csrf", shown.csrf(),
                "userId", String.valueOf(qa.userId(partner)), "agency", "EDUCATION", "lastDayDay", String.valueOf(late.getDayOfMonth()),
                "lastDayMonth", String.valueOf(late.getMonthValue()), "lastDayYear", String.valueOf(late.getYear()));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("Their account ends on").contains("href=\"#lastDay-day\"");
        assertThat(refused.inputValue("lastDayYear")).isEqualTo(String.valueOf(late.getYear()));
        assertThat(refused.isChecked("agency", "EDUCATION")).isTrue();
        LocalDate fine = clock.today().plusDays(3);
        PageSession.Page added = page.post("/quality/rounds/" + id + "/partners", "_csrf", shown.csrf(),
                "userId", String.valueOf(qa.userId(partner)), "agency", "EDUCATION", "lastDayDay", String.valueOf(fine.getDayOfMonth()),
                "lastDayMonth", String.valueOf(fine.getMonthValue()), "lastDayYear", String.valueOf(fine.getYear()));
        assertThat(added.status()).as(added.body()).isEqualTo(302);

        PageSession.Page closed = page.post("/quality/rounds/" + id + "/close", "_csrf", shown.csrf(), "version", "0");
        assertThat(closed.status()).as(closed.body()).isEqualTo(302);
        String after = page.get("/quality/rounds/" + id).body();
        assertThat(after).contains("Closed on").doesNotContain("id=\"close-form\"").doesNotContain("id=\"partner-form\"");
        assertThat(page.post("/quality/rounds/" + id + "/close", "_csrf", shown.csrf(), "version", "1").body()).contains("This round is closed");
    }
}

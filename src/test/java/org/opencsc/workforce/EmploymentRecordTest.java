package org.opencsc.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A worker's employment record: who sees and changes it, strict input, and no lost update. */
@IntegrationTest
class EmploymentRecordTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;

    WorkforceTeam team;
    String manager;
    long worker;
    LocalDate today;

    @BeforeEach
    void setUp() {
        today = clock.today();
        team = new WorkforceTeam(jdbc, "record");
        manager = team.manager();
        worker = team.staff("SOCIAL_WORKER", "CASE_HOLDER", "PERMANENT", today.minusYears(2), null, true, "1.00", null, false,
                today.minusYears(3));
    }

    private String body(int version, String fte, String limit) {
        return """
                {"version": %d, "jobRole": "SENIOR_PRACTITIONER", "employmentType": "AGENCY", "startedOn": "%s", "leftOn": null,
                 "qualifiedOn": "%s", "asye": false, "fte": %s, "caseloadLimit": %s, "sweNumber": "SW123456"}"""
                .formatted(version, today.minusYears(2), today.minusYears(3), fte, limit);
    }

    private int version() {
        return new Api(port, "leader").get("/api/v1/workforce/staff/" + worker).json().get("version").asInt();
    }

    @Test
    void theManagerOfTheWorkersServiceAreaChangesTheDetailsAndAStaleVersionIs409() {
        int v = version();
        Api.Response saved = new Api(port, manager).put("/api/v1/workforce/staff/" + worker, body(v, "0.8", "15"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("employmentType").asString()).isEqualTo("AGENCY");
        assertThat(saved.json().get("jobRole").asString()).isEqualTo("SENIOR_PRACTITIONER");
        assertThat(saved.json().get("fte").decimalValue()).isEqualByComparingTo("0.80");
        assertThat(saved.json().get("caseloadLimit").asInt()).isEqualTo(15);
        assertThat(saved.json().get("version").asInt()).isEqualTo(v + 1);

        Api.Response stale = new Api(port, "admin").put("/api/v1/workforce/staff/" + worker, body(v, "1", "null"));
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(new Api(port, "leader").get("/api/v1/workforce/staff/" + worker).json().get("caseloadLimit").asInt())
                .as("the first change is kept").isEqualTo(15);
        assertThat(new Api(port, "admin").put("/api/v1/workforce/staff/" + worker, body(v + 1, "1", "null")).status())
                .as("the administrator keeps employment details").isEqualTo(200);
    }

    @Test
    void badValuesAre400NamingTheFieldAndNothingIsSaved() {
        int v = version();
        Api api = new Api(port, manager);
        assertThat(field(api.put("/api/v1/workforce/staff/" + worker, body(v, "1", "1.5")))).isEqualTo("caseloadLimit");
        assertThat(field(api.put("/api/v1/workforce/staff/" + worker, body(v, "0.555", "null")))).isEqualTo("fte");
        assertThat(field(api.put("/api/v1/workforce/staff/" + worker, body(v, "1.5", "null")))).isEqualTo("fte");
        assertThat(field(api.put("/api/v1/workforce/staff/" + worker, body(v, "0", "null")))).isEqualTo("fte");
        assertThat(field(api.put("/api/v1/workforce/staff/" + worker, body(v, "1", "0")))).isEqualTo("caseloadLimit");
        assertThat(field(api.put("/api/v1/workforce/staff/" + worker, body(v, "\"1\"", "null")))).isEqualTo("fte");
        assertThat(field(api.put("/api/v1/workforce/staff/" + worker, body(v, "1", "null").replace("SW123456", "123")))).isEqualTo("sweNumber");
        assertThat(field(api.put("/api/v1/workforce/staff/" + worker, body(v, "1", "null").replace("AGENCY", "CONTRACTOR"))))
                .isEqualTo("employmentType");
        assertThat(version()).as("nothing saved").isEqualTo(v);
    }

    @Test
    void aLeavingDateInThePastIsRefusedWhileTheWorkerHoldsChildren() {
        team.allocate(worker, 1, true, today.minusDays(5));
        String left = body(version(), "1", "null").replace("\"leftOn\": null", "\"leftOn\": \"" + today.minusDays(1) + "\"");
        assertThat(field(new Api(port, manager).put("/api/v1/workforce/staff/" + worker, left))).isEqualTo("leftOn");
    }

    @Test
    void onlyLeadersDataOfficersTheAdministratorAndTheServiceAreasManagersSeeIt() {
        for (String reader : new String[] {"leader", "dataofficer", "admin", manager}) {
            assertThat(new Api(port, reader).get("/api/v1/workforce/staff/" + worker).status()).as(reader).isEqualTo(200);
        }
        for (String refused : new String[] {"manager", "social", "duty", "chair", "auditor", "inspector"}) {
            assertThat(new Api(port, refused).get("/api/v1/workforce/staff/" + worker).status()).as(refused).isEqualTo(403);
            assertThat(new Api(port, refused).get("/api/v1/workforce/teams/" + team.id).status()).as(refused).isEqualTo(403);
        }
        for (String readOnly : new String[] {"leader", "dataofficer"}) {
            assertThat(new Api(port, readOnly).put("/api/v1/workforce/staff/" + worker, body(version(), "1", "null")).status())
                    .as(readOnly).isEqualTo(403);
        }
        assertThat(new Api(port, "admin").put("/api/v1/workforce/teams/" + team.id + "/posts", "{\"version\": 0, \"posts\": []}").status())
                .as("posts are the managers'").isEqualTo(403);
    }

    @Test
    void thePageKeepsWhatWasTypedOnBadInputAndSaysWhenSomeoneElseSavedFirst() {
        PageSession session = PageSession.signedIn(port, manager);
        PageSession.Page form = session.get("/workforce/staff/" + worker);
        assertThat(form.status()).isEqualTo(200);
        String version = hidden(form);
        PageSession.Page bad = session.post("/workforce/staff/" + worker, "_csrf", form.csrf(), "version", version,
                "jobRole", "CASE_HOLDER", "employmentType", "SECONDED", "fte", "0,5", "caseloadLimit", "1.5", "sweNumber", "SW42",
                "startedOnDay", "31", "startedOnMonth", "2", "startedOnYear", "2020");
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("There is a problem").contains("The FTE must be a number")
                .contains("The caseload limit must be a whole number").contains("The start date must be a real date");
        assertThat(bad.inputValue("fte")).isEqualTo("0,5");
        assertThat(bad.inputValue("caseloadLimit")).isEqualTo("1.5");
        assertThat(bad.isChecked("employmentType", "SECONDED")).isTrue();

        // Someone else saves first: the page says so and saves nothing, keeping what this manager typed.
        assertThat(new Api(port, "admin").put("/api/v1/workforce/staff/" + worker, body(Integer.parseInt(version), "1", "null")).status())
                .isEqualTo(200);
        PageSession.Page stale = session.post("/workforce/staff/" + worker, "_csrf", form.csrf(), "version", version,
                "jobRole", "CASE_HOLDER", "employmentType", "SECONDED", "fte", "0.5", "sweNumber", "SW42");
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("Someone changed");
        assertThat(stale.inputValue("fte")).isEqualTo("0.5");
        JsonNode now = new Api(port, "leader").get("/api/v1/workforce/staff/" + worker).json();
        assertThat(now.get("employmentType").asString()).isEqualTo("AGENCY");

        PageSession.Page again = session.post("/workforce/staff/" + worker, "_csrf", stale.csrf(), "version", hidden(stale),
                "jobRole", "CASE_HOLDER", "employmentType", "SECONDED", "fte", "0.5", "sweNumber", "SW42");
        assertThat(again.status()).isEqualTo(302);
        assertThat(new Api(port, "leader").get("/api/v1/workforce/staff/" + worker).json().get("employmentType").asString())
                .isEqualTo("SECONDED");
    }

    static String hidden(PageSession.Page page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page.body());
        assertThat(m.find()).as("a version in the form").isTrue();
        return m.group(1);
    }

    private static String field(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).contains("application/problem+json");
        return r.json().at("/errors/0/field").asString();
    }
}

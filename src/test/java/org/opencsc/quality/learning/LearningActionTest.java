package org.opencsc.quality.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Learning actions from an audit: added by the QA team, on the owner's My work and the child's Team work, done with evidence. */
@IntegrationTest
class LearningActionTest {

    @Autowired
    ProtectionJourney journey;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    private LearningFixtures fixtures() {
        return new LearningFixtures(jdbc);
    }

    private long auditOfNewChild() {
        long child = journey.referredAndAllocated(LocalDate.of(2025, 5, 2)).child();
        return fixtures().audit(child, "social", "manager");
    }

    private String due(int days) {
        return LondonTime.today(clock).plusDays(days).toString();
    }

    private Api.Response add(String as, long audit, String json) {
        return new Api(port, as).post("/api/v1/quality/audits/" + audit + "/learning-actions", json);
    }

    @Test
    void anActionOnAnAuditIsOnTheOwnersMyWorkAndTheChildsTeamWorkUntilDoneWithEvidence() {
        long audit = auditOfNewChild();
        String what = "Record the words of the child at every visit " + Fixtures.uniqueSurname("W");
        Api.Response added = add("auditor", audit, """
                {"action": "%s", "level": "WORKER", "ownerUsername": "social", "dueOn": "%s"}""".formatted(what, due(10)));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long id = added.json().get("id").asLong();
        assertThat(added.json().has("personId")).isTrue();

        assertThat(PageSession.signedIn(port, "social").get("/my-work").body()).contains(what).contains("/quality/learning-actions/" + id);
        assertThat(PageSession.signedIn(port, "manager").get("/team-work").body()).as("the child's team's Team work").contains(what);
        assertThat(new Api(port, "social").get("/api/v1/quality/audits/" + audit + "/learning-actions").json().get(0).get("action").asString())
                .as("the audit's worker reads its actions").isEqualTo(what);

        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page page = social.get("/quality/learning-actions/" + id);
        assertThat(page.body()).contains("done-form");
        PageSession.Page refused = social.post("/quality/learning-actions/" + id + "/done", "_csrf", page.csrf(), "version",
                "0", "evidence", " ");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("href=\"#evidence\"");
        PageSession.Page done = social.post("/quality/learning-actions/" + id + "/done", "_csrf", page.csrf(), "version",
                "0", "evidence", "Visits now record the child's words; seen in the last three visits");
        assertThat(done.status()).isEqualTo(302);
        assertThat(social.get("/my-work").body()).doesNotContain(what);
        assertThat(PageSession.signedIn(port, "manager").get("/team-work").body()).doesNotContain(what);
        JsonNode read = new Api(port, "auditor").get("/api/v1/quality/learning-actions/" + id).json();
        assertThat(read.has("completedOn")).isTrue();
        assertThat(read.get("evidence").asString()).startsWith("Visits now record");

        // Marking it done again, from a page opened before: the page says so, the API answers 409.
        PageSession.Page again = social.post("/quality/learning-actions/" + id + "/done", "_csrf", page.csrf(), "version",
                "0", "evidence", "again");
        assertThat(again.body()).contains("This action was marked done on");
        assertThat(new Api(port, "social").post("/api/v1/quality/learning-actions/" + id + "/done",
                "{\"evidence\": \"again\", \"version\": 1}").status()).isEqualTo(409);
    }

    @Test
    void anActionNeedsAnOwnerAndADateNotInThePastAndWholeNumbers() {
        long audit = auditOfNewChild();
        Api.Response noOwner = add("auditor", audit, "{\"action\": \"Do it\", \"level\": \"WORKER\", \"dueOn\": \"%s\"}".formatted(due(3)));
        assertThat(noOwner.status()).isEqualTo(400);
        assertThat(noOwner.contentType()).contains("application/problem+json");
        assertThat(noOwner.body()).contains("ownerUsername");
        Api.Response noDate = add("auditor", audit, "{\"action\": \"Do it\", \"level\": \"WORKER\", \"ownerUsername\": \"social\"}");
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.body()).contains("dueOn");
        Api.Response past = add("auditor", audit,
                "{\"action\": \"Do it\", \"level\": \"WORKER\", \"ownerUsername\": \"social\", \"dueOn\": \"%s\"}".formatted(due(-1)));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("dueOn").contains("cannot be in the past");
        Api.Response fraction = add("auditor", audit,
                "{\"action\": \"Do it\", \"level\": \"TEAM\", \"ownerUsername\": \"manager\", \"teamId\": 1.5, \"dueOn\": \"%s\"}".formatted(due(3)));
        assertThat(fraction.status()).isEqualTo(400);
        assertThat(fraction.body()).contains("teamId");
        Api.Response text = add("auditor", audit,
                "{\"action\": \"Do it\", \"level\": \"TEAM\", \"ownerUsername\": \"manager\", \"teamId\": \"north\", \"dueOn\": \"%s\"}".formatted(due(3)));
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.body()).contains("teamId");
        Api.Response noTeam = add("auditor", audit,
                "{\"action\": \"Do it\", \"level\": \"TEAM\", \"ownerUsername\": \"manager\", \"dueOn\": \"%s\"}".formatted(due(3)));
        assertThat(noTeam.status()).isEqualTo(400);
        assertThat(noTeam.body()).contains("teamId");
        assertThat(add("manager", audit,
                "{\"action\": \"Do it\", \"level\": \"WORKER\", \"ownerUsername\": \"social\", \"dueOn\": \"%s\"}".formatted(due(3))).status())
                .as("only the QA team adds learning actions").isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM learning_action WHERE audit_id = ?").params(audit).query(Long.class).single()).isZero();
    }

    @Test
    void thePageRefusesAnActionWithoutOwnerOrDateKeepingWhatWasTyped() {
        long audit = auditOfNewChild();
        PageSession qa = PageSession.signedIn(port, "auditor");
        PageSession.Page page = qa.get("/quality/audits/" + audit + "/learning-actions");
        assertThat(page.body()).contains("add-action");
        PageSession.Page refused = qa.post("/quality/audits/" + audit + "/learning-actions", "_csrf", page.csrf(),
                "action", "Plan contingency with the family", "level", "WORKER", "ownerUsername", "", "teamId", "",
                "dueOnDay", "", "dueOnMonth", "", "dueOnYear", "");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("href=\"#ownerUsername\"").contains("href=\"#dueOn-day\"")
                .contains("Plan contingency with the family");
        assertThat(refused.isChecked("level", "WORKER")).isTrue();
        LocalDate yesterday = LondonTime.today(clock).minusDays(1);
        PageSession.Page past = qa.post("/quality/audits/" + audit + "/learning-actions", "_csrf", page.csrf(),
                "action", "Plan contingency with the family", "level", "WORKER", "ownerUsername", "social", "teamId", "",
                "dueOnDay", "" + yesterday.getDayOfMonth(), "dueOnMonth", "" + yesterday.getMonthValue(), "dueOnYear", "" + yesterday.getYear());
        assertThat(past.body()).contains("The due date cannot be in the past");
        assertThat(past.isSelected("ownerUsername", "social")).isTrue();
        assertThat(PageSession.signedIn(port, "social").get("/quality/audits/" + audit + "/learning-actions").body())
                .as("the worker reads the actions but is not offered the form").doesNotContain("add-action");
        assertThat(PageSession.signedIn(port, "social2").get("/quality/audits/" + audit + "/learning-actions").status())
                .as("another team's worker").isEqualTo(403);
    }

    @Test
    void onlyTheOwnerOrTheQaTeamMarksItDoneAndAStaleVersionIsAConflict() {
        long audit = auditOfNewChild();
        long id = add("auditor", audit, "{\"action\": \"Seen alone\", \"level\": \"WORKER\", \"ownerUsername\": \"social\", \"dueOn\": \"%s\"}"
                .formatted(due(5))).json().get("id").asLong();
        assertThat(new Api(port, "manager").post("/api/v1/quality/learning-actions/" + id + "/done",
                "{\"evidence\": \"done\", \"version\": 0}").status()).as("the worker's manager is not the owner").isEqualTo(403);
        assertThat(new Api(port, "social2").get("/api/v1/quality/learning-actions/" + id).status()).isEqualTo(403);
        assertThat(new Api(port, "social").post("/api/v1/quality/learning-actions/" + id + "/done",
                "{\"evidence\": \"done\", \"version\": 1.5}").status()).isEqualTo(400);
        assertThat(new Api(port, "social").post("/api/v1/quality/learning-actions/" + id + "/done",
                "{\"evidence\": \"done\", \"version\": 7}").status()).as("stale").isEqualTo(409);
        Api.Response byQa = new Api(port, "auditor").post("/api/v1/quality/learning-actions/" + id + "/done",
                "{\"evidence\": \"Seen alone at the last two visits\", \"version\": 0}");
        assertThat(byQa.status()).as(byQa.body()).isEqualTo(200);
        assertThat(byQa.json().get("completedBy").asString()).isEqualTo("Alex Auditor");
    }

    @Test
    void overdueActionsAreFlaggedOnTheQaList() {
        long audit = auditOfNewChild();
        long id = add("auditor", audit, "{\"action\": \"Update the chronology\", \"level\": \"WORKER\", \"ownerUsername\": \"social\", \"dueOn\": \"%s\"}"
                .formatted(due(0))).json().get("id").asLong();
        jdbc.sql("UPDATE learning_action SET due_on = due_on - 3 WHERE id = ?").params(id).update();
        JsonNode overdue = new Api(port, "auditor").get("/api/v1/quality/learning-actions?show=overdue").json();
        assertThat(overdue.values()).anyMatch(a -> a.get("id").asLong() == id && a.get("overdue").asBoolean());
        String list = PageSession.signedIn(port, "auditor").get("/quality/learning-actions").body();
        int row = list.indexOf("learning-action-" + id);
        assertThat(row).isPositive();
        assertThat(list.substring(row, list.indexOf("</tr>", row))).contains("Overdue");
        assertThat(new Api(port, "social").get("/api/v1/quality/learning-actions").status()).isEqualTo(403);
        assertThat(new Api(port, "auditor").get("/api/v1/quality/learning-actions?show=soon").status()).isEqualTo(400);
    }

    @Test
    void aServiceActionFromARoundIsOnTheOwnersMyWorkAsNotAboutOneChild() {
        long round = fixtures().round(Fixtures.uniqueSurname("Thematic"));
        String what = "Contingency planning workshop for all teams " + Fixtures.uniqueSurname("S");
        Api.Response added = new Api(port, "auditor").post("/api/v1/quality/rounds/" + round + "/learning-actions",
                "{\"action\": \"%s\", \"level\": \"SERVICE\", \"ownerUsername\": \"manager\", \"dueOn\": \"%s\"}".formatted(what, due(20)));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().has("personId")).isFalse();
        String myWork = PageSession.signedIn(port, "manager").get("/my-work").body();
        assertThat(myWork).contains(what).contains("Not about one child");
        JsonNode rows = new Api(port, "manager").get("/api/v1/work/mine").json().get("rows");
        assertThat(rows.values()).anyMatch(r -> r.get("what").asString().contains(what) && !r.has("personId")
                && !r.get("withheld").asBoolean());
        assertThat(new Api(port, "auditor").get("/api/v1/quality/rounds/" + round + "/learning-actions").json().get(0).get("action")
                .asString()).isEqualTo(what);
    }
}

package org.opencsc.quality.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
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

/** Templates: the defaults shipped, versioning (a version in use never changes), refusals, and who may do what. */
@IntegrationTest
class TemplateVersioningTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;

    private Api auditor() {
        return new Api(port, "auditor");
    }

    static String template(String name, String question) {
        return """
                {"name": "%s", "purpose": "Looks at the child's voice", "kind": "CASE_AUDIT",
                 "sections": [{"title": "The child's voice", "guidance": "Read the visits",
                               "questions": [{"question": "%s", "guidance": "Quote the child"},
                                             {"question": "What does school say?", "agency": "EDUCATION"}]}]}""".formatted(name, question);
    }

    private long create(String name, String question) {
        Api.Response r = auditor().post("/api/v1/quality/templates", template(name, question));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asLong();
    }

    private static String edit(String name, String question, int revision) {
        String t = template(name, question);
        return t.substring(0, t.lastIndexOf('}')) + ", \"revision\": " + revision + "}";
    }

    @Test
    void theDefaultTemplatesAreShippedAroundTheChildsExperienceWithPartnerAgencyQuestions() {
        JsonNode list = auditor().get("/api/v1/quality/templates").json();
        assertThat(list.findValuesAsString("name")).contains("Case audit: the child's experience",
                "Dip sample: the child seen, heard and planned for");
        QaFixtures qa = new QaFixtures(jdbc, new Fixtures(people, users, jdbc));
        JsonNode caseAudit = auditor().get("/api/v1/quality/templates/" + qa.defaultTemplateId("CASE_AUDIT")).json();
        assertThat(caseAudit.path("kind").asString()).isEqualTo("CASE_AUDIT");
        assertThat(caseAudit.path("sections").findValuesAsString("title")).contains("The child's lived experience and voice",
                "The impact of help", "The plan and its outcomes", "Management oversight and supervision", "Assessment and analysis of risk");
        assertThat(caseAudit.path("sections").findValuesAsString("agency")).contains("HEALTH", "POLICE", "EDUCATION");
        assertThat(auditor().get("/api/v1/quality/templates/" + qa.defaultTemplateId("DIP_SAMPLE")).json().path("kind").asString())
                .isEqualTo("DIP_SAMPLE");
        PageSession page = PageSession.signedIn(port, "auditor");
        assertThat(page.get("/quality/templates").body()).contains("Case audit: the child&#39;s experience");
        assertThat(page.get("/quality/templates/" + qa.defaultTemplateId("CASE_AUDIT")).body())
                .contains("Version history").contains("For Health").contains("Quote the child where the record does");
    }

    @Test
    void anUnusedVersionIsEditedInPlaceAndAStaleEditIsAConflict() {
        long id = create(Fixtures.uniqueSurname("Unused "), "Is the child seen?");
        Api.Response saved = auditor().put("/api/v1/quality/templates/" + id, edit("Renamed", "Is the child seen alone?", 0));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("id").asLong()).isEqualTo(id);
        assertThat(saved.json().path("newVersion").asBoolean()).isFalse();
        JsonNode t = auditor().get("/api/v1/quality/templates/" + id).json();
        assertThat(t.path("version").asInt()).isEqualTo(1);
        assertThat(t.path("name").asString()).isEqualTo("Renamed");
        assertThat(t.path("sections").findValuesAsString("question")).contains("Is the child seen alone?");
        // A second edit from the same (now stale) revision would lose the first: refused.
        Api.Response stale = auditor().put("/api/v1/quality/templates/" + id, edit("Other", "Other?", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(auditor().get("/api/v1/quality/templates/" + id).json().path("name").asString()).isEqualTo("Renamed");
    }

    @Test
    void editingAVersionInUseMakesTheNextVersionAndTheRoundKeepsItsVersion() {
        QaFixtures qa = new QaFixtures(jdbc, new Fixtures(people, users, jdbc));
        long team = qa.team();
        long child = qa.children(team, 1, "social").getFirst();
        long v1 = create(Fixtures.uniqueSurname("Used "), "Is the child seen?");
        Api.Response round = auditor().post("/api/v1/quality/rounds", """
                {"title": "By hand", "kind": "CASE_AUDIT", "templateId": %d, "dueOn": "%s", "selection": "BY_HAND", "personIds": [%d]}"""
                .formatted(v1, clock.today().plusDays(30), child));
        assertThat(round.status()).as(round.body()).isEqualTo(201);
        long roundId = round.json().path("id").asLong();

        Api.Response saved = auditor().put("/api/v1/quality/templates/" + v1, edit("Used, better", "Is the child seen alone?", 0));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        long v2 = saved.json().path("id").asLong();
        assertThat(v2).isNotEqualTo(v1);
        assertThat(saved.json().path("newVersion").asBoolean()).isTrue();
        assertThat(saved.json().path("version").asInt()).isEqualTo(2);

        JsonNode old = auditor().get("/api/v1/quality/templates/" + v1).json();
        assertThat(old.path("sections").findValuesAsString("question")).containsExactly("Is the child seen?", "What does school say?");
        assertThat(old.path("supersededAt").isNull()).isFalse();
        JsonNode next = auditor().get("/api/v1/quality/templates/" + v2).json();
        assertThat(next.path("seriesId").asLong()).isEqualTo(v1);
        assertThat(next.path("sections").findValuesAsString("question")).contains("Is the child seen alone?");
        assertThat(next.path("history").findValuesAsString("version")).containsExactly("2", "1");

        assertThat(auditor().get("/api/v1/quality/rounds/" + roundId).json().path("templateId").asLong()).isEqualTo(v1);
        assertThat(jdbc.sql("SELECT template_id FROM audit WHERE round_id = ?").params(roundId).query(Long.class).single()).isEqualTo(v1);
        // The old version is not edited again, and a new round takes the current one.
        assertThat(auditor().put("/api/v1/quality/templates/" + v1, edit("Again", "Again?", 1)).status()).isEqualTo(409);
        Api.Response onOld = auditor().post("/api/v1/quality/rounds", """
                {"title": "Old", "kind": "CASE_AUDIT", "templateId": %d, "dueOn": "%s", "selection": "BY_HAND", "personIds": [%d]}"""
                .formatted(v1, clock.today().plusDays(30), child));
        assertThat(onOld.status()).isEqualTo(400);
        assertThat(onOld.body()).contains("templateId");
        // The list shows the series once, at its current version.
        List<String> ids = auditor().get("/api/v1/quality/templates").json().findValuesAsString("id");
        assertThat(ids).contains(String.valueOf(v2)).doesNotContain(String.valueOf(v1));
    }

    @Test
    void aTemplateWithProblemsIsRefusedNamingEachField() {
        Api.Response r = auditor().post("/api/v1/quality/templates", """
                {"name": " ", "purpose": "x", "kind": "AUDIT",
                 "sections": [{"title": "", "questions": []}, {"title": "Fine", "questions": [{"question": "Q?", "agency": "FIRE"}]}]}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("errors").findValuesAsString("field")).contains("name", "kind", "sections[0].title",
                "sections[0].questions", "sections[1].questions[0].agency");
        assertThat(auditor().post("/api/v1/quality/templates", "{\"name\": \"N\", \"purpose\": \"P\", \"kind\": \"CASE_AUDIT\", \"sections\": []}")
                .json().path("errors").findValuesAsString("field")).contains("sections");
        long id = create(Fixtures.uniqueSurname("Norev "), "Q?");
        Api.Response noRevision = auditor().put("/api/v1/quality/templates/" + id, template("N", "Q?"));
        assertThat(noRevision.status()).isEqualTo(400);
        assertThat(noRevision.body()).contains("revision");
        assertThat(auditor().put("/api/v1/quality/templates/" + id, edit("N", "Q?", 0).replace("\"revision\": 0", "\"revision\": 1.5"))
                .status()).isEqualTo(400);
        assertThat(auditor().put("/api/v1/quality/templates/999999999", edit("N", "Q?", 0)).status()).isEqualTo(404);
    }

    @Test
    void onlyTheQaTeamWritesTemplatesAndOnlyQaLeadersAndInspectorsReadThem() {
        long id = create(Fixtures.uniqueSurname("Access "), "Q?");
        for (String user : List.of("social", "manager", "contact", "chair", "dataofficer")) {
            assertThat(new Api(port, user).get("/api/v1/quality/templates").status()).as(user).isEqualTo(403);
            assertThat(new Api(port, user).get("/api/v1/quality/templates/" + id).status()).as(user).isEqualTo(403);
            assertThat(PageSession.signedIn(port, user).get("/quality/templates").status()).as(user).isEqualTo(403);
            assertThat(PageSession.signedIn(port, user).get("/quality/templates/" + id).status()).as(user).isEqualTo(403);
        }
        for (String user : List.of("leader", "inspector")) {
            assertThat(new Api(port, user).get("/api/v1/quality/templates/" + id).status()).as(user).isEqualTo(200);
            assertThat(PageSession.signedIn(port, user).get("/quality/templates/" + id).status()).as(user).isEqualTo(200);
            assertThat(PageSession.signedIn(port, user).get("/quality/templates/" + id).body()).doesNotContain("edit-template");
            assertThat(PageSession.signedIn(port, user).get("/quality/templates/new").status()).as(user).isEqualTo(403);
        }
        for (String user : List.of("social", "manager", "leader", "inspector")) {
            assertThat(new Api(port, user).post("/api/v1/quality/templates", template("X", "Q?")).status()).as(user).isEqualTo(403);
            assertThat(new Api(port, user).put("/api/v1/quality/templates/" + id, edit("X", "Q?", 0)).status()).as(user).isEqualTo(403);
        }
        assertThat(auditor().get("/api/v1/quality/templates/" + id).json().path("name").asString()).startsWith("Access ");
    }

    @Test
    void thePagesMakeATemplateKeepWhatWasTypedOnAProblemAndMakeANewVersionOfOneInUse() {
        PageSession page = PageSession.signedIn(port, "auditor");
        PageSession.Page form = page.get("/quality/templates/new");
        assertThat(form.status()).isEqualTo(200);
        String name = Fixtures.uniqueSurname("Paged ");
        PageSession.Page refused = page.post("/quality/templates/new", "_csrf", form.csrf(), "name", name, "purpose", "",
                "kind", "DIP_SAMPLE", "sectionRows", "2", "sections[0].questionRows", "2",
                "sections[0].title", "Seen alone", "sections[0].questions[0].question", "Was the child seen alone?",
                "sections[0].questions[1].question", "", "sections[1].questionRows", "1", "sections[1].title", "");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("Enter what the template looks at")
                .contains("href=\"#purpose\"").contains(name).contains("Was the child seen alone?");

        PageSession.Page saved = page.post("/quality/templates/new", "_csrf", form.csrf(), "name", name, "purpose", "Seen alone",
                "kind", "DIP_SAMPLE", "sectionRows", "2", "sections[0].questionRows", "2",
                "sections[0].title", "Seen alone", "sections[0].questions[0].question", "Was the child seen alone?",
                "sections[0].questions[1].question", "", "sections[1].questionRows", "1", "sections[1].title", "");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        long id = Long.parseLong(saved.location().replaceAll(".*/quality/templates/(\\d+).*", "$1"));
        JsonNode t = auditor().get("/api/v1/quality/templates/" + id).json();
        assertThat(t.path("sections")).hasSize(1);
        assertThat(t.path("sections").get(0).path("questions")).hasSize(1);

        // A question without a section title is named on the page's own row.
        PageSession.Page edit = page.get("/quality/templates/" + id + "/edit");
        assertThat(edit.inputValue("name")).isEqualTo(name);
        PageSession.Page untitled = page.post("/quality/templates/" + id + "/edit", "_csrf", edit.csrf(), "revision", "0",
                "name", name, "purpose", "Seen alone", "kind", "DIP_SAMPLE", "sectionRows", "2",
                "sections[0].questionRows", "1", "sections[0].title", "Seen alone", "sections[0].questions[0].question", "Seen?",
                "sections[1].questionRows", "1", "sections[1].title", "", "sections[1].questions[0].question", "Orphan?");
        assertThat(untitled.status()).isEqualTo(200);
        assertThat(untitled.body()).contains("href=\"#sections[1].title\"").contains("Orphan?");
    }
}

package org.opencsc.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.protection.ProtectionJourney;
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
 * Actions set in management oversight, the decision log and supervision are due work for their
 * owner (a member of staff) on My work, on the child's team's Team work for their manager, overdue
 * once their date passes, and gone once the owner marks them done; nobody else can mark them.
 */
@IntegrationTest
class ActionsReachTheirOwnerTest {

    @Autowired
    ProtectionJourney journey;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.opencsc.person.PersonService people;
    @Autowired
    org.opencsc.security.UserRepository users;
    @LocalServerPort
    int port;

    private static JsonNode row(Api api, String path, String text) {
        for (JsonNode r : api.get(path).json().get("rows")) {
            if (r.path("what").asString("").contains(text)) {
                return r;
            }
        }
        return null;
    }

    @Test
    void anOversightActionIsTheOwnersWorkAndTheirManagersUntilTheOwnerMarksItDone() {
        LocalDate today = clock.today();
        var r = journey.referredAndAllocated(today.minusDays(10));
        String text = "Speak to the school nurse " + Fixtures.uniqueSurname("n");
        Api manager = new Api(port, "manager");
        Api.Response saved = manager.post("/api/v1/people/" + r.child() + "/oversight", """
                {"considered": "The chronology and the last visit",
                 "actions": [{"action": "%s", "ownerUsername": "family", "dueOn": "%s"}]}""".formatted(text, today.plusDays(2)));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(saved.json().get("actions").get(0).get("owner").asString()).isEqualTo("Frankie Support");
        assertThat(saved.json().get("actions").get(0).get("ownerUsername").asString()).isEqualTo("family");

        Api family = new Api(port, "family");
        JsonNode mine = row(family, "/api/v1/work/mine", text);
        assertThat(mine).as("on the owner's My work, though the child is Sam Social's").isNotNull();
        assertThat(mine.get("overdue").asBoolean()).isFalse();
        assertThat(mine.get("childName").asString()).startsWith("Kai ");
        String done = mine.get("doneAction").asString();
        assertThat(done).matches("/actions/oversight/\\d+/done");
        assertThat(row(new Api(port, "social"), "/api/v1/work/mine", text)).as("not the child's worker's: it is Frankie's").isNull();
        JsonNode team = row(manager, "/api/v1/work/team", text);
        assertThat(team).as("on the team's work for the manager").isNotNull();
        assertThat(team.path("doneAction").isNull() || team.path("doneAction").isMissingNode()).as("only the owner marks it done").isTrue();

        clock.set(today.plusDays(5).atTime(10, 0).atZone(ProtectionJourney.LONDON));
        assertThat(row(family, "/api/v1/work/mine", text).get("overdue").asBoolean()).as("overdue once its date has passed").isTrue();

        Api.Response notTheOwner = new Api(port, "social").post("/api/v1" + done, "{}");
        assertThat(notTheOwner.status()).as("not the owner").isEqualTo(403);
        assertThat(notTheOwner.body()).as("the refusal does not say who owns it").doesNotContain("Frankie");
        Api.Response marked = family.post("/api/v1" + done, "{}");
        assertThat(marked.status()).as(marked.body()).isEqualTo(200);
        assertThat(marked.json().get("doneBy").asString()).isEqualTo("Frankie Support");
        assertThat(family.post("/api/v1" + done, "{}").status()).as("done already").isEqualTo(409);
        assertThat(row(family, "/api/v1/work/mine", text)).as("done is no longer work").isNull();
        assertThat(row(manager, "/api/v1/work/team", text)).isNull();
    }

    @Test
    void aDecisionsActionsAndASupervisionsAreTheirOwnersWorkMarkedDoneOnThePage() {
        LocalDate today = clock.today();
        var r = journey.referredAndAllocated(today.minusDays(10));
        String text = "Book the legal planning meeting " + Fixtures.uniqueSurname("d");
        Api.Response decided = new Api(port, "manager").post("/api/v1/people/" + r.child() + "/decisions", """
                {"kind": "PRE_PROCEEDINGS", "decision": "Pre-proceedings", "why": "No progress", "alternatives": ["Continue CP plan"],
                 "actions": [{"action": "%s", "ownerUsername": "social", "dueOn": "%s"}]}""".formatted(text, today.plusDays(7)));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        assertThat(decided.json().get("actions").get(0).get("owner").asString()).isEqualTo("Sam Social");

        long social = jdbc.sql("SELECT id FROM app_user WHERE username = 'social'").query(Long.class).single();
        String supervised = "Update the chronology " + Fixtures.uniqueSurname("s");
        Api.Response session = new Api(port, "manager").post("/api/v1/supervision", """
                {"workerId": %d, "heldOn": "%s", "children": [{"childId": %d, "reflection": "Safer at home",
                 "actions": [{"action": "%s", "ownerUsername": "social", "dueOn": "%s"}]}]}"""
                .formatted(social, today, r.child(), supervised, today.plusDays(3)));
        assertThat(session.status()).as(session.body()).isEqualTo(201);

        PageSession sam = PageSession.signedIn(port, "social");
        PageSession.Page home = sam.get("/");
        assertThat(home.body()).contains(text).contains(supervised).contains("Mark as done");
        String done = row(new Api(port, "social"), "/api/v1/work/mine", text).get("doneAction").asString();
        assertThat(done).matches("/actions/decision/\\d+/done");
        PageSession.Page marked = sam.post(done, "_csrf", home.csrf());
        assertThat(marked.status()).isEqualTo(302);
        assertThat(marked.location()).endsWith("/?actionDone");
        PageSession.Page after = sam.get("/?actionDone");
        assertThat(after.body()).contains("The action has been marked as done").doesNotContain(text).contains(supervised);
        assertThat(jdbc.sql("SELECT done_by FROM decision_action WHERE action = ?").params(text).query(String.class).single())
                .isEqualTo("Sam Social");
        String supervisionDone = row(new Api(port, "social"), "/api/v1/work/mine", supervised).get("doneAction").asString();
        assertThat(supervisionDone).matches("/actions/supervision/\\d+/done");
        assertThat(new Api(port, "social").post("/api/v1" + supervisionDone, "{}").status()).isEqualTo(200);
        assertThat(row(new Api(port, "social"), "/api/v1/work/mine", supervised)).isNull();
    }

    @Test
    void anActionsOwnerIsAMemberOfStaffNotAName() {
        LocalDate today = clock.today();
        var r = journey.referredAndAllocated(today.minusDays(10));
        String path = "/api/v1/people/" + r.child() + "/oversight";
        Api manager = new Api(port, "manager");
        Api.Response unknown = manager.post(path, """
                {"considered": "The chronology", "actions": [{"action": "Visit", "ownerUsername": "nobody-here", "dueOn": "%s"}]}"""
                .formatted(today.plusDays(2)));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"actions\"").contains("no member of staff with the username nobody-here");
        Api.Response none = manager.post(path, """
                {"considered": "The chronology", "actions": [{"action": "Visit", "dueOn": "%s"}]}""".formatted(today.plusDays(2)));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("Choose who will do each action from the list of staff");
        assertThat(jdbc.sql("SELECT count(*) FROM oversight WHERE person_id = ?").params(r.child()).query(Long.class).single())
                .as("nothing half-saved").isZero();

        // The page offers the staff to choose from, and keeps the one chosen when something else is wrong.
        PageSession page = PageSession.signedIn(port, "manager");
        PageSession.Page form = page.get("/people/" + r.child() + "/oversight/new");
        assertThat(form.body()).contains("<option value=\"family\">Frankie Support (Family support or specialist worker, Safeguarding team North)</option>");
        PageSession.Page refused = page.post("/people/" + r.child() + "/oversight/new", "_csrf", form.csrf(), "considered", "",
                "analysis", "", "actionText", "Visit", "actionOwner", "family", "actionDue", "1/1/2099");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").containsPattern("<option[^>]*value=\"family\"[^>]*selected");
    }

    @Test
    void theTeamsManagerSeesTheActionsItsWorkersOwnWhereverTheChildIsHeld() {
        LocalDate today = clock.today();
        long child = new Fixtures(people, users, jdbc).child("Ola", Fixtures.uniqueSurname("Unalloc"), LocalDate.of(2018, 4, 4));
        long manager = jdbc.sql("SELECT id FROM app_user WHERE username = 'manager'").query(Long.class).single();
        long family = jdbc.sql("SELECT id FROM app_user WHERE username = 'family'").query(Long.class).single();
        long oversight = jdbc.sql("INSERT INTO oversight (person_id, manager_id, recorded_by, considered) VALUES (?, ?, 'Taylor Manager', 'Read') RETURNING id")
                .params(child, manager).query(Long.class).single();
        String text = "Check the nursery place " + Fixtures.uniqueSurname("t");
        jdbc.sql("INSERT INTO oversight_action (oversight_id, action, owner, owner_id, due_on) VALUES (?, ?, 'Frankie Support', ?, ?)")
                .params(oversight, text, family, java.sql.Date.valueOf(today.plusDays(4))).update();

        JsonNode team = row(new Api(port, "manager"), "/api/v1/work/team", text);
        assertThat(team).as("a child on no caseload of the team, but the action is its worker's").isNotNull();
        assertThat(team.get("personId").asLong()).isEqualTo(child);
        assertThat(row(new Api(port, "manager"), "/api/v1/work/team?workerId=" + family, text)).as("under the owner").isNotNull();

        // Recorded now, such an action is refused: Frankie cannot open a record no team of hers holds, so would not see it.
        Api.Response refused = new Api(port, "manager").post("/api/v1/people/" + child + "/oversight", """
                {"considered": "The chronology", "actions": [{"action": "Visit", "ownerUsername": "family", "dueOn": "%s"}]}"""
                .formatted(today.plusDays(2)));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("Frankie Support cannot open this child’s record");
    }

    @Test
    void anActionWrittenBeforeOwnersWereStaffIsNobodysWork() {
        LocalDate today = clock.today();
        var r = journey.referredAndAllocated(today.minusDays(10));
        long manager = jdbc.sql("SELECT id FROM app_user WHERE username = 'manager'").query(Long.class).single();
        long oversight = jdbc.sql("INSERT INTO oversight (person_id, manager_id, recorded_by, considered) VALUES (?, ?, 'Taylor Manager', 'Old') RETURNING id")
                .params(r.child(), manager).query(Long.class).single();
        String text = "Old free-text action " + Fixtures.uniqueSurname("o");
        jdbc.sql("INSERT INTO oversight_action (oversight_id, action, owner, due_on) VALUES (?, ?, 'Sam', ?)")
                .params(oversight, text, java.sql.Date.valueOf(today.minusDays(3))).update();
        for (String user : List.of("social", "family")) {
            assertThat(row(new Api(port, user), "/api/v1/work/mine", text)).isNull();
        }
        assertThat(row(new Api(port, "manager"), "/api/v1/work/team", text)).isNull();
    }
}

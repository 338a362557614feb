package org.opencsc.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The supervision page: the worker's children offered, errors shown with everything typed kept, then saved. */
@IntegrationTest
class SupervisionPageTest {

    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    /** The whole form for a worker holding one child: that child's section as given, its second action row left blank. */
    private static List<String> form(LocalDate held, String csrf, long child, String reflection, String owner) {
        List<String> f = new ArrayList<>(List.of("_csrf", csrf, "heldOnDay", "" + held.getDayOfMonth(),
                "heldOnMonth", "" + held.getMonthValue(), "heldOnYear", "" + held.getYear(), "wellbeing", "Tired, but coping",
                "childId", "" + child, "reflection", reflection, "decisions", ""));
        for (int i = 0; i < SupervisionForm.ACTIONS_PER_CHILD; i++) {
            f.addAll(List.of("actionText", i == 0 ? "Call the GP, today" : "", "actionOwner", i == 0 ? owner : "",
                    "actionDue", i == 0 ? "1/1/2099" : ""));
        }
        return f;
    }

    @Test
    void everyChildOnTheWorkersCaseloadCanBeDiscussedNotJustThree() {
        Workers workers = new Workers(jdbc);
        Fixtures fixtures = new Fixtures(people, users, jdbc);
        Workers.Worker worker = workers.socialWorker(SupervisionTest.NORTH, false, null);
        String surname = Fixtures.uniqueSurname("Five");
        List<Long> children = new ArrayList<>();
        for (String name : List.of("Ana", "Bea", "Cal", "Dot", "Eli")) {
            long child = fixtures.child(name, surname, LocalDate.of(2015, 3, 3));
            workers.allocate(child, worker);
            children.add(child);
        }
        PageSession manager = PageSession.signedIn(port, "manager");
        String path = "/supervision/new?workerId=" + worker.id();
        PageSession.Page page = manager.get(path);
        for (long child : children) {
            assertThat(page.body()).contains("name=\"childId\" value=\"" + child + "\"");
        }
        // The fifth child discussed, the others left empty.
        LocalDate today = LocalDate.now(clock);
        List<String> f = new ArrayList<>(List.of("_csrf", page.csrf(), "heldOnDay", "" + today.getDayOfMonth(),
                "heldOnMonth", "" + today.getMonthValue(), "heldOnYear", "" + today.getYear(), "wellbeing", ""));
        for (int s = 0; s < children.size(); s++) {
            f.addAll(List.of("childId", "" + children.get(s), "reflection", s == 4 ? "Eli is settled at school" : "", "decisions", ""));
        }
        for (int i = 0; i < children.size() * SupervisionForm.ACTIONS_PER_CHILD; i++) {
            f.addAll(List.of("actionText", "", "actionOwner", "", "actionDue", ""));
        }
        PageSession.Page saved = manager.post(path, f);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT c.person_id FROM supervision_child c JOIN supervision s ON s.id = c.supervision_id WHERE s.worker_id = ?")
                .params(worker.id()).query(Long.class).list()).containsExactly(children.get(4));
    }

    @Test
    void aFailedSubmitKeepsWhatWasTypedAndAGoodOneSavesTheSession() {
        Workers workers = new Workers(jdbc);
        Fixtures fixtures = new Fixtures(people, users, jdbc);
        Workers.Worker worker = workers.socialWorker(SupervisionTest.NORTH, true, null);
        long child = fixtures.child("Dee", Fixtures.uniqueSurname("Sup"), LocalDate.of(2014, 2, 2));
        workers.allocate(child, worker);
        LocalDate today = LocalDate.now(clock);

        PageSession manager = PageSession.signedIn(port, "manager");
        String path = "/supervision/new?workerId=" + worker.id();
        PageSession.Page blank = manager.get(path);
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.body()).contains("Dee ").contains("What has changed for the child since the last supervision?");

        // Tomorrow, and the child's section has an action but says nothing about the plan.
        PageSession.Page failed = manager.post(path, form(today.plusDays(1), blank.csrf(), child, "", worker.username()));
        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.body()).contains("There is a problem").contains("cannot be in the future")
                .contains("href=\"#children[0].reflection\"");
        assertThat(failed.inputValue("heldOnDay")).isEqualTo("" + today.plusDays(1).getDayOfMonth());
        assertThat(failed.inputValue("actionText")).isEqualTo("Call the GP, today");
        assertThat(failed.body()).contains("Tired, but coping");
        assertThat(failed.body()).as("the owner chosen is kept")
                .containsPattern("<option[^>]*value=\"" + worker.username() + "\"[^>]*selected");

        PageSession.Page noOwner = manager.post(path, form(today, failed.csrf(), child, "Dee is safer at home", ""));
        assertThat(noOwner.status()).isEqualTo(200);
        assertThat(noOwner.body()).contains("Choose who will do each action from the list of staff");

        PageSession.Page saved = manager.post(path, form(today, noOwner.csrf(), child, "Dee is safer at home", worker.username()));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(saved.location()).containsPattern("/supervision/\\d+\\?recorded");
        String view = java.net.URI.create(saved.location()).getPath();
        assertThat(manager.get(view).body()).contains("Dee is safer at home").contains("Call the GP, today");
        assertThat(jdbc.sql("SELECT owner_id FROM supervision_action a JOIN supervision_child c ON c.id = a.supervision_child_id "
                + "WHERE c.person_id = ?").params(child).query(Long.class).single()).as("the action is the worker's").isEqualTo(worker.id());
        assertThat(PageSession.signedIn(port, "social").get(view).status()).isEqualTo(403);
    }
}

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

    /** The whole form: section 0 and 1 as given, section 2 and the other action rows left blank. */
    private static List<String> form(LocalDate held, String csrf, String child0, String reflection0, String child1, String reflection1) {
        List<String> f = new ArrayList<>(List.of("_csrf", csrf, "heldOnDay", "" + held.getDayOfMonth(),
                "heldOnMonth", "" + held.getMonthValue(), "heldOnYear", "" + held.getYear(), "wellbeing", "Tired, but coping"));
        String[][] sections = {{child0, reflection0}, {child1, reflection1}, {"", ""}};
        for (String[] s : sections) {
            f.addAll(List.of("childId", s[0], "reflection", s[1], "decisions", ""));
        }
        for (int i = 0; i < SupervisionForm.CHILD_SECTIONS * SupervisionForm.ACTIONS_PER_CHILD; i++) {
            f.addAll(List.of("actionText", i == 0 ? "Call the GP, today" : "", "actionOwner", i == 0 ? "Sam" : "",
                    "actionDue", i == 0 ? "1/1/2099" : ""));
        }
        return f;
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

        // Tomorrow, and the second section names a child but says nothing about the plan.
        PageSession.Page failed = manager.post(path, form(today.plusDays(1), blank.csrf(), "", "", "" + child, ""));
        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.body()).contains("There is a problem").contains("cannot be in the future")
                .contains("href=\"#children[1].reflection\"");
        assertThat(failed.inputValue("heldOnDay")).isEqualTo("" + today.plusDays(1).getDayOfMonth());
        assertThat(failed.inputValue("actionText")).isEqualTo("Call the GP, today");
        assertThat(failed.body()).contains("Tired, but coping");
        assertThat(failed.body()).containsPattern("<option[^>]*value=\"" + child + "\"[^>]*selected");

        PageSession.Page saved = manager.post(path, form(today, failed.csrf(), "" + child, "Dee is safer at home", "", ""));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(saved.location()).containsPattern("/supervision/\\d+\\?recorded");
        String view = java.net.URI.create(saved.location()).getPath();
        assertThat(manager.get(view).body()).contains("Dee is safer at home").contains("Call the GP, today");
        assertThat(PageSession.signedIn(port, "social").get(view).status()).isEqualTo(403);
    }
}

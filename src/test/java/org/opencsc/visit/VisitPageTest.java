package org.opencsc.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
import org.opencsc.security.UserRepository;
import org.opencsc.person.RelationshipType;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The visit page: reached from the child's record, offering the siblings, keeping what was typed when refused. */
@IntegrationTest
class VisitPageTest {

    @Autowired
    TestClock clock;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    PersonService personService;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbcForFixtures;
    Fixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new Fixtures(personService, users, jdbcForFixtures);
    }
    @LocalServerPort
    int port;

    private static List<String> form(long kai, long mia, String year, String kaiSeen, String kaiAlone, String csrf) {
        return new ArrayList<>(List.of("_csrf", csrf, "visitedOnDay", "17", "visitedOnMonth", "4", "visitedOnYear", year,
                "visitedTime", "16:30", "visitor", "Sam Social", "visitorRole", "FAMILY_SUPPORT", "visitType", "UNANNOUNCED",
                "place", "OTHER", "placeOther", "Nan's flat",
                "child-" + kai + "-include", "yes", "child-" + kai + "-seen", kaiSeen, "child-" + kai + "-seenAlone", kaiAlone,
                "child-" + kai + "-childWords", "Dad shouts & I hide",
                "child-" + mia + "-include", "yes", "child-" + mia + "-seen", "yes", "child-" + mia + "-seenAlone", "no",
                "observations", "Cold flat; no food"));
    }

    @Test
    void aRefusedVisitKeepsWhatWasTypedAndASavedOneShowsOnTheRecord() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 3, 31));
        long kai = r.child();
        long mia = fixtures.child("Mia", Fixtures.uniqueSurname("Sibling"), LocalDate.of(2018, 5, 5));
        fixtures.link(mia, kai, RelationshipType.SIBLING);
        PageSession social = PageSession.signedIn(port, "social");

        String record = social.get("/people/" + kai + "/visits").body();
        assertThat(record).contains("id=\"visits\"").contains("Not seen on a recorded visit").contains("/visits/new?childId=" + kai);

        PageSession.Page blank = social.get("/visits/new?childId=" + kai);
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.body()).as("the sibling is offered").contains("name=\"child-" + mia + "-include\"");
        assertThat(blank.isChecked("child-" + kai + "-include", "yes")).isTrue();
        assertThat(blank.isChecked("child-" + mia + "-include", "yes")).isFalse();

        String nextYear = String.valueOf(clock.today().getYear() + 1);
        List<String> wrong = form(kai, mia, nextYear, "no", "yes", blank.csrf());
        wrong.set(wrong.indexOf("16:30"), "25:99");
        PageSession.Page refused = social.post("/visits?childId=" + kai, wrong);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("A visit is recorded after it happens")
                .contains("cannot have been seen alone")
                .as("the form's problems and the visit's, all at once").contains("Enter the time on the 24-hour clock")
                .contains("href=\"#child-" + kai + "-seenAlone\"")
                .contains("Dad shouts &amp; I hide").contains("Cold flat; no food");
        assertThat(refused.inputValue("visitedOnYear")).isEqualTo(nextYear);
        assertThat(refused.inputValue("placeOther")).isEqualTo("Nan's flat");
        assertThat(refused.isChecked("visitorRole", "FAMILY_SUPPORT")).isTrue();
        assertThat(refused.isChecked("place", "OTHER")).isTrue();
        assertThat(refused.isChecked("child-" + kai + "-seen", "no")).isTrue();
        assertThat(refused.isChecked("child-" + mia + "-include", "yes")).isTrue();

        PageSession.Page saved = social.post("/visits?childId=" + kai, form(kai, mia, "2025", "yes", "yes", refused.csrf()));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).contains("/visits/").endsWith("?recorded");
        String view = social.get(saved.location().replaceFirst("^https?://[^/]+", "")).body();
        assertThat(view).contains("The visit has been recorded").contains("Nan&#39;s flat").contains("Seen alone")
                .contains("Seen, not alone");
        assertThat(social.get("/people/" + kai + "/visits").body()).contains("17 April 2025 (seen alone)").contains("Overdue");
        assertThat(social.get("/people/" + mia + "/visits").body()).contains("17 April 2025 (not alone)");
    }

    @Test
    void anAuditorCannotOpenTheForm() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 3, 31));
        assertThat(PageSession.signedIn(port, "auditor").get("/visits/new?childId=" + r.child()).status()).isEqualTo(403);
    }
}

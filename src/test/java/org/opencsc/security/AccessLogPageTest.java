package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
import org.opencsc.person.RecordRestriction;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator's access log page: no personal details (the administrator opens no
 * records), every reading of it logged, and a long log shown a page at a time, saying so, with
 * filters to narrow it.
 */
@IntegrationTest
class AccessLogPageTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    RecordRestriction restriction;
    @Autowired
    AccessLog accessLog;
    @LocalServerPort
    int port;

    String surname;
    long child;
    PageSession admin;

    @BeforeEach
    void aRestrictedChildSomeoneSearchedFor() {
        Fixtures fixtures = new Fixtures(people, users, jdbc);
        surname = Fixtures.uniqueSurname("Logged");
        child = fixtures.child("Rowan", surname, LocalDate.of(2013, 7, 9));
        fixtures.allocate(child, "Safeguarding team North");
        restriction.restrict(child, List.of(), "Known to staff", fixtures.user("manager"));
        assertThat(new Api(port, "manager").get("/api/v1/people?name=" + surname).status()).isEqualTo(200);
        assertThat(new Api(port, "manager").get("/api/v1/people/" + child).status()).isEqualTo(200);
        admin = PageSession.signedIn(port, "admin");
    }

    @Test
    void theAdministratorSeesTheRecordByIdWithoutTheChildsNameOrTheSearchTerms() {
        PageSession.Page page = admin.get("/admin/access-log?personId=" + child);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Record ID " + child).contains("Viewed").contains("Listed by a search")
                .doesNotContain(surname).doesNotContain("Rowan").doesNotContain("2013");
    }

    @Test
    void everyReadingOfTheLogIsItselfLogged() {
        admin.get("/admin/access-log?personId=" + child);
        admin.get("/admin/access-log?personId=" + child + "&username=manager");

        assertThat(jdbc.sql("SELECT path FROM access_log WHERE username = 'admin' AND action = 'AUDIT' AND person_id = :p ORDER BY id")
                .param("p", child).query(String.class).list())
                .containsExactly("/admin/access-log?personId=" + child, "/admin/access-log?personId=" + child + "&username=manager");
        assertThat(admin.get("/admin/access-log?personId=" + child).body()).contains("Read the access log");
    }

    @Test
    void aLongLogSaysHowManyItShowsAndPagesThroughTheRest() {
        for (int i = 0; i < AccessLogController.PAGE_SIZE + 20; i++) {
            accessLog.record("chair", child, AccessLog.Action.DENIED, AccessLog.Channel.API, "/api/v1/people/" + child);
        }
        long total = jdbc.sql("""
                        SELECT count(*) FROM access_log
                        WHERE person_id = :p OR listed @> ARRAY[CAST(:p AS bigint)] OR unseen @> ARRAY[CAST(:p AS bigint)]""")
                .param("p", child).query(Long.class).single();

        PageSession.Page first = admin.get("/admin/access-log?personId=" + child);
        assertThat(first.body()).contains("Showing entries 1 to 100 of " + total)
                .contains("href=\"/admin/access-log?personId=" + child + "&amp;page=2\"");
        // The first reading is in the log now, so counted too.
        PageSession.Page second = admin.get("/admin/access-log?personId=" + child + "&page=2");
        assertThat(second.body()).contains("Showing entries 101 to " + (total + 1) + " of " + (total + 1));

        PageSession.Page chairOnly = admin.get("/admin/access-log?personId=" + child + "&username=chair");
        assertThat(chairOnly.body()).contains("Showing entries 1 to 100 of " + (AccessLogController.PAGE_SIZE + 20));
        PageSession.Page managerOnly = admin.get("/admin/access-log?personId=" + child + "&username=MANAGER");
        assertThat(managerOnly.body()).contains("Showing all 2 entries").doesNotContain("Refused");
        PageSession.Page longAgo = admin.get("/admin/access-log?personId=" + child + "&fromDay=1&fromMonth=1&fromYear=2001"
                + "&toDay=31&toMonth=12&toYear=2001");
        assertThat(longAgo.body()).as("the child was first recorded today").contains("Nothing in the log matches");
    }

    @Test
    void aPagePastTheEndShowsTheLastPageAndSaysThereIsNoSuchPage() {
        for (int i = 0; i < AccessLogController.PAGE_SIZE + 20; i++) {
            accessLog.record("chair", child, AccessLog.Action.DENIED, AccessLog.Channel.API, "/api/v1/people/" + child);
        }
        String chair = "/admin/access-log?personId=" + child + "&username=chair";
        int total = AccessLogController.PAGE_SIZE + 20;
        for (String page : List.of("3", "999", "100000")) {
            PageSession.Page past = admin.get(chair + "&page=" + page);
            assertThat(past.status()).isEqualTo(200);
            assertThat(past.body()).as("page " + page).contains("There is no page " + page + ": the entries that match fill 2 pages")
                    .contains("Showing entries 101 to " + total + " of " + total)
                    .contains("href=\"/admin/access-log?personId=" + child + "&amp;username=chair&amp;page=1\"");
        }
        PageSession.Page one = admin.get("/admin/access-log?personId=" + child + "&username=MANAGER&page=2");
        assertThat(one.body()).contains("There is no page 2: the entries that match fill one page").contains("Showing all 2 entries");
    }

    @Test
    void oneUsersEntriesAreListedWithTheRecordIdsTheyLookedAt() {
        PageSession.Page page = admin.get("/admin/access-log?username=manager");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("entries by manager").contains("<td class=\"govuk-table__cell\">" + child + "</td>")
                .doesNotContain(surname);
    }

    @Test
    void badFiltersAreShownBackWithWhatIsWrongAndNothingIsListed() {
        PageSession.Page page = admin.get("/admin/access-log?personId=12x&username=nobody-at-all&fromDay=31&fromMonth=2"
                + "&fromYear=2026&toDay=&toMonth=&toYear=");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-error-summary").contains("Enter a record ID, a number like 1234")
                .contains("There is no account with that username").contains("must be a real date")
                .doesNotContain("id=\"access-log\"");
        assertThat(page.inputValue("personId")).isEqualTo("12x");
        assertThat(page.inputValue("username")).isEqualTo("nobody-at-all");

        PageSession.Page neither = admin.get("/admin/access-log?fromDay=1&fromMonth=1&fromYear=2026");
        assertThat(neither.body()).contains("Enter a record ID or a username");
    }
}

package org.opencsc.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
import org.opencsc.person.RecordRestriction;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.opencsc.workforce.AllocationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The allocation page allocates a sibling group in one step: one form for the children a contact
 * referred, one worker for them (a child can be left out), chosen from every team the manager
 * allocates to with each worker's caseload beside them. A restricted sibling stays sealed, and a
 * child someone already holds moves only as a transfer, with a reason.
 */
@IntegrationTest
class SiblingAllocationTest {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    ContactService contacts;
    @Autowired
    ContactRepository contactRepository;
    @Autowired
    ReferralService referrals;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    AllocationRepository allocations;
    @Autowired
    RecordRestriction restriction;
    @Autowired
    JdbcClient jdbc;

    FrontDoorFixtures fx;
    String family;
    CurrentUser social;
    CurrentUser social2;

    @BeforeEach
    void setUp() {
        fx = new FrontDoorFixtures(people, users, contacts, contactRepository, jdbc);
        family = FrontDoorFixtures.surname("Group");
        social = fx.user("social");
        social2 = fx.user("social2");
    }

    @Test
    void theDutyManagerAllocatesTwoOfThreeSiblingsInOneStepToALocalityWorker() {
        long amy = fx.child("Amy", family);
        long ben = fx.siblingOf(amy, "Ben", family);
        long cal = fx.siblingOf(amy, "Cal", family);
        long contact = fx.referredBy(clock.instant().minus(3, ChronoUnit.HOURS), PrimaryNeed.N1, amy, ben, cal);

        PageSession manager = PageSession.signedIn(port, "dutymanager");
        PageSession.Page page = manager.get("/referrals/allocation");
        String group = form(page.body(), contact);
        assertThat(group).contains("3 brothers and sisters").contains("Amy " + family).contains("Ben " + family)
                .contains("Cal " + family);
        assertThat(count("action=\"/referrals/allocation\"", group)).as("one form for the group").isEqualTo(1);
        // The front door's manager allocates to the localities too, each worker's caseload beside them.
        long north = social.teamIds().iterator().next();
        long south = social2.teamIds().iterator().next();
        assertThat(group).containsPattern(social.displayName() + "( \\(newly qualified\\))?, Safeguarding team North: \\d+ of \\d+ child")
                .containsPattern(social2.displayName() + "( \\(newly qualified\\))?, Safeguarding team South: \\d+ of \\d+ child");

        List<String> form = new ArrayList<>(List.of("_csrf", page.csrf(), "group", String.valueOf(contact),
                "worker", social.id() + ":" + north));
        for (long child : List.of(amy, ben, cal)) {
            Referral r = referrals.forChild(child).getFirst();
            form.addAll(List.of("version-" + r.id(), String.valueOf(r.version())));
            if (child != cal) {
                form.addAll(List.of("referral", String.valueOf(r.id())));
            }
        }
        int before = caseload(social);
        PageSession.Page done = manager.post("/referrals/allocation", form);
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        assertThat(done.location()).endsWith("?allocated=2");
        assertThat(manager.get("/referrals/allocation?allocated=2").body()).contains("The 2 referrals have been allocated together.");
        assertThat(allocations.current(amy).orElseThrow().workerId()).isEqualTo(social.id());
        assertThat(allocations.current(ben).orElseThrow().workerId()).isEqualTo(social.id());
        assertThat(allocations.current(cal)).as("left out this time").isEmpty();
        assertThat(referrals.forChild(cal).getFirst().allocated()).isFalse();
        assertThat(caseload(social)).isEqualTo(before + 2);

        String after = manager.get("/referrals/allocation").body();
        assertThat(form(after, contact)).contains("Cal " + family).doesNotContain("Amy " + family).doesNotContain("Ben " + family);

        // Cal goes to the South team's worker, in the same way: a team the duty manager's own area does not hold.
        Referral cals = referrals.forChild(cal).getFirst();
        PageSession.Page toSouth = manager.post("/referrals/allocation", "_csrf", page.csrf(), "group", String.valueOf(contact),
                "referral", String.valueOf(cals.id()), "version-" + cals.id(), String.valueOf(cals.version()),
                "worker", social2.id() + ":" + south);
        assertThat(toSouth.status()).as(toSouth.body()).isEqualTo(302);
        assertThat(allocations.current(cal).orElseThrow().teamId()).isEqualTo(south);
    }

    @Test
    void noChildTickedOrAStaleVersionAllocatesNothingAndKeepsWhatWasChosen() {
        long amy = fx.child("Amy", family);
        long ben = fx.siblingOf(amy, "Ben", family);
        long contact = fx.referredBy(clock.instant().minus(3, ChronoUnit.HOURS), PrimaryNeed.N1, amy, ben);
        Referral amys = referrals.forChild(amy).getFirst();
        Referral bens = referrals.forChild(ben).getFirst();
        String choice = social.id() + ":" + social.teamIds().iterator().next();

        PageSession manager = PageSession.signedIn(port, "manager");
        PageSession.Page page = manager.get("/referrals/allocation");
        PageSession.Page none = manager.post("/referrals/allocation", "_csrf", page.csrf(), "group", String.valueOf(contact),
                "version-" + amys.id(), String.valueOf(amys.version()), "worker", choice);
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.body()).contains("<a href=\"#referrals-" + contact + "\">Select at least one child to allocate</a>");
        assertThat(form(none.body(), contact)).as("the worker chosen is kept")
                .containsPattern("value=\"" + choice + "\"\\s+selected=\"selected\"");

        PageSession.Page stale = manager.post("/referrals/allocation", "_csrf", page.csrf(), "group", String.valueOf(contact),
                "referral", String.valueOf(amys.id()), "version-" + amys.id(), String.valueOf(amys.version()),
                "referral", String.valueOf(bens.id()), "version-" + bens.id(), String.valueOf(bens.version() + 1),
                "worker", choice);
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("was changed by someone else");
        assertThat(allocations.current(amy)).as("all or nothing").isEmpty();
        assertThat(referrals.forChild(amy).getFirst().allocated()).isFalse();
    }

    @Test
    void aRestrictedSiblingStaysSealedOutsideTheGroupAndCannotBeAllocatedThroughIt() {
        long dee = fx.child("Dee", family);
        long eve = fx.siblingOf(dee, "Eve", family);
        long contact = fx.referredBy(clock.instant().minus(3, ChronoUnit.HOURS), PrimaryNeed.N1, dee, eve);
        restriction.restrict(eve, List.of(), "Child of a member of staff", fx.user("manager"));
        Referral dees = referrals.forChild(dee).getFirst();
        Referral eves = referrals.forChild(eve).getFirst();

        PageSession manager = PageSession.signedIn(port, "dutymanager");
        PageSession.Page page = manager.get("/referrals/allocation");
        String group = form(page.body(), contact);
        assertThat(group).contains("Dee " + family).doesNotContain("Eve").doesNotContain("brothers and sisters")
                .doesNotContain("tick-" + eves.id());
        assertThat(page.body()).doesNotContain("Eve " + family).contains("Restricted record: only the staff named on it can open it");

        PageSession.Page refused = manager.post("/referrals/allocation", "_csrf", page.csrf(), "group", String.valueOf(contact),
                "referral", String.valueOf(dees.id()), "version-" + dees.id(), String.valueOf(dees.version()),
                "referral", String.valueOf(eves.id()), "version-" + eves.id(), String.valueOf(eves.version()),
                "worker", social.id() + ":" + social.teamIds().iterator().next());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(allocations.current(dee)).isEmpty();
        assertThat(allocations.current(eve)).isEmpty();

        // The named manager sees Eve with her sister, in one form.
        assertThat(form(PageSession.signedIn(port, "manager").get("/referrals/allocation").body(), contact))
                .contains("Dee " + family).contains("Eve " + family).contains("2 brothers and sisters");
    }

    @Test
    void allocatingAChildSomeoneHoldsIsATransferThatAsksWhy() {
        long fin = fx.child("Fin", family);
        long north = social.teamIds().iterator().next();
        allocations.allocate(fin, north, social.id(), clock.today().minusDays(30));
        long contact = fx.referredBy(clock.instant().minus(3, ChronoUnit.HOURS), PrimaryNeed.N2, fin);
        Referral fins = referrals.forChild(fin).getFirst();
        long south = social2.teamIds().iterator().next();

        PageSession manager = PageSession.signedIn(port, "dutymanager");
        PageSession.Page page = manager.get("/referrals/allocation");
        assertThat(form(page.body(), contact)).contains("Allocated now to " + social.displayName() + ", Safeguarding team North, since "
                + org.opencsc.platform.web.Dates.govuk(clock.today().minusDays(30))).contains("id=\"reason-" + contact + "\"");
        PageSession.Page noReason = manager.post("/referrals/allocation", "_csrf", page.csrf(), "group", String.valueOf(contact),
                "referral", String.valueOf(fins.id()), "version-" + fins.id(), String.valueOf(fins.version()),
                "worker", social2.id() + ":" + south, "reason", "");
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.body()).contains("href=\"#reason-" + contact + "\"").contains("which is a transfer");
        assertThat(allocations.current(fin).orElseThrow().workerId()).as("not moved silently").isEqualTo(social.id());

        Api.Response api = new Api(port, "dutymanager").post("/api/v1/referrals/" + fins.id() + "/allocation",
                "{\"version\": %d, \"workerId\": %d, \"teamId\": %d}".formatted(fins.version(), social2.id(), south));
        assertThat(api.status()).as(api.body()).isEqualTo(400);
        assertThat(api.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        PageSession.Page moved = manager.post("/referrals/allocation", "_csrf", page.csrf(), "group", String.valueOf(contact),
                "referral", String.valueOf(fins.id()), "version-" + fins.id(), String.valueOf(fins.version()),
                "worker", social2.id() + ":" + south, "reason", "New concerns are in the south, where the family now live");
        assertThat(moved.status()).as(moved.body()).isEqualTo(302);
        assertThat(allocations.current(fin).orElseThrow().workerId()).isEqualTo(social2.id());
        assertThat(jdbc.sql("SELECT reason FROM case_transfer WHERE person_id = ?").params(fin).query(String.class).single())
                .isEqualTo("New concerns are in the south, where the family now live");
        assertThat(jdbc.sql("SELECT count(*) FROM case_transfer_notice n JOIN case_transfer t ON t.id = n.transfer_id "
                + "WHERE t.person_id = ? AND n.user_id IN (?, ?)").params(fin, social.id(), social2.id()).query(Long.class).single())
                .as("both workers told").isEqualTo(2);
    }

    /** The group's form on the allocation page. */
    private static String form(String body, long contact) {
        int start = body.indexOf("id=\"group-" + contact + "\"");
        assertThat(start).as("a form for contact " + contact).isNotNegative();
        return body.substring(start, body.indexOf("</form>", start));
    }

    private static int count(String what, String within) {
        int n = 0;
        for (int i = within.indexOf(what); i >= 0; i = within.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private int caseload(CurrentUser worker) {
        // Children, not adults: as caseloads are counted (workforce.AllocationRepository).
        return jdbc.sql("""
                        SELECT count(DISTINCT a.person_id) FROM allocation a JOIN person p ON p.id = a.person_id
                        WHERE a.worker_id = ? AND a.end_date IS NULL AND p.is_child AND p.merged_into IS NULL""")
                .params(worker.id()).query(Integer.class).single();
    }
}

package org.opencsc.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.person.PersonService;
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
import tools.jackson.databind.JsonNode;

/**
 * Changing an allocated child's worker or team is a transfer: the manager sees who holds the
 * child and since when, gives a reason, the chronology keeps it, and the worker the child leaves
 * and the one who receives them are told on their home page until they mark it read.
 */
@IntegrationTest
class CaseTransferTest {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    ContactService contacts;
    @Autowired
    ContactRepository contactRepository;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    AllocationRepository allocations;
    @Autowired
    EventLog events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    FrontDoorFixtures fx;
    String family;
    long kit;
    CurrentUser social;
    CurrentUser familyWorker;
    long north;

    /** Kit is allocated to Sam Social in the North safeguarding team, since today. */
    @BeforeEach
    void kitIsAllocatedToSamSocial() {
        fx = new FrontDoorFixtures(people, users, contacts, contactRepository, jdbc);
        family = FrontDoorFixtures.surname("Transfer");
        kit = fx.child("Kit", family);
        social = fx.user("social");
        familyWorker = fx.user("family");
        north = social.teamIds().iterator().next();
        allocations.allocate(kit, north, social.id(), clock.today());
    }

    @Test
    void theManagerTransfersKitWithAReasonAndBothWorkersAreToldUntilTheyMarkItRead() {
        PageSession manager = PageSession.signedIn(port, "manager");
        assertThat(manager.get("/people/" + kit).body()).contains("id=\"transfer-case\"");
        PageSession.Page form = manager.get("/people/" + kit + "/transfer");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"current-allocation\"").contains(social.displayName())
                .contains("Safeguarding team North").contains(org.opencsc.platform.web.Dates.govuk(clock.today()))
                .containsPattern(familyWorker.displayName() + "( \\(newly qualified\\))?, Safeguarding team North: \\d+ of \\d+ child");
        java.util.regex.Matcher hidden = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form.body());
        assertThat(hidden.find()).isTrue();
        String version = hidden.group(1);
        assertThat(version).isEqualTo(String.valueOf(allocations.currentId(kit).orElseThrow()));
        String choice = familyWorker.id() + ":" + north;

        PageSession.Page noReason = manager.post("/people/" + kit + "/transfer", "_csrf", form.csrf(), "version", version,
                "worker", choice, "reason", "");
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.body()).contains("<a href=\"#reason\">Enter the reason for the transfer</a>");
        assertThat(noReason.isSelected("worker", choice)).as("the choice is kept").isTrue();
        assertThat(allocations.current(kit).orElseThrow().workerId()).isEqualTo(social.id());

        String reason = "Sam is going on maternity leave and Fran knows the family from the parenting group";
        PageSession.Page stale = manager.post("/people/" + kit + "/transfer", "_csrf", form.csrf(),
                "version", String.valueOf(Long.parseLong(version) + 1000), "worker", choice, "reason", reason);
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("was changed by someone else").contains(reason);
        assertThat(allocations.current(kit).orElseThrow().workerId()).isEqualTo(social.id());

        PageSession.Page done = manager.post("/people/" + kit + "/transfer", "_csrf", form.csrf(), "version", version,
                "worker", choice, "reason", reason);
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.location()).endsWith("/people/" + kit + "?transferred");
        assertThat(allocations.current(kit).orElseThrow().workerId()).isEqualTo(familyWorker.id());
        assertThat(events.chronology(List.of(kit), ChronologyFilter.latest(10)))
                .filteredOn(e -> e.type() == EventType.CASE_TRANSFERRED).singleElement().satisfies(e -> {
                    assertThat(e.summary()).contains("from " + social.displayName()).contains("to " + familyWorker.displayName());
                    assertThat(e.detail()).isEqualTo("Reason for the transfer: " + reason);
                });

        PageSession sam = PageSession.signedIn(port, "social");
        String samsHome = sam.get("/").body();
        String samsNotice = noticeAbout(samsHome, "Kit " + family);
        assertThat(samsNotice).contains("Transferred from you to " + familyWorker.displayName())
                .contains(reason.replace("'", "&#39;"));
        String fransHome = PageSession.signedIn(port, "family").get("/").body();
        assertThat(noticeAbout(fransHome, "Kit " + family)).contains("Transferred to you from " + social.displayName());

        long transfer = jdbc.sql("SELECT id FROM case_transfer WHERE person_id = ?").params(kit).query(Long.class).single();
        assertThat(samsHome).contains("action=\"/case-transfers/" + transfer + "/read\"");
        PageSession.Page read = sam.post("/case-transfers/" + transfer + "/read", "_csrf", sam.get("/").csrf());
        assertThat(read.status()).isEqualTo(302);
        assertThat(sam.get("/").body()).doesNotContain("/case-transfers/" + transfer + "/read");
        assertThat(PageSession.signedIn(port, "family").get("/").body()).as("Fran has not read it yet")
                .contains("/case-transfers/" + transfer + "/read");
        assertThat(sam.post("/case-transfers/" + transfer + "/read", "_csrf", sam.get("/").csrf()).status())
                .as("read once").isEqualTo(404);
    }

    @Test
    void theWorkerAChildLeavesForAnotherTeamIsToldWithoutWhoTheChildIs() {
        CurrentUser social2 = fx.user("social2");
        long south = social2.teamIds().iterator().next();
        Api.Response moved = new Api(port, "dutymanager").post("/api/v1/people/" + kit + "/transfer", """
                {"version": %d, "workerId": %d, "teamId": %d, "reason": "The family moved to the south of the borough"}"""
                .formatted(allocations.currentId(kit).orElseThrow(), social2.id(), south));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("workerId").asLong()).isEqualTo(social2.id());

        assertThat(new Api(port, "social").get("/api/v1/people/" + kit).status()).as("no longer Sam's case").isEqualTo(403);
        JsonNode samsAttention = new Api(port, "social").get("/api/v1/work/attention").json();
        long transfer = jdbc.sql("SELECT id FROM case_transfer WHERE person_id = ?").params(kit).query(Long.class).single();
        JsonNode notice = samsAttention.valueStream()
                .filter(a -> a.get("doneAction").asString().equals("/case-transfers/" + transfer + "/read")).findFirst().orElseThrow();
        assertThat(notice.path("personId").isNull() || notice.path("personId").isMissingNode()).as("no record id").isTrue();
        assertThat(notice.path("personName").isNull() || notice.path("personName").isMissingNode()).as("no name").isTrue();
        assertThat(notice.toString()).doesNotContain(family).doesNotContain("moved to the south")
                .contains(social2.displayName()).contains("Safeguarding team South");
        String home = PageSession.signedIn(port, "social").get("/").body();
        assertThat(home).contains("A record you cannot open").doesNotContain("Kit " + family);
        assertThat(noticeAbout(PageSession.signedIn(port, "social2").get("/").body(), "Kit " + family))
                .contains("The family moved to the south of the borough");
    }

    @Test
    void theApiAsksForTheReasonAndTheVersionAndRefusesAStaleOne() {
        Api manager = new Api(port, "manager");
        String path = "/api/v1/people/" + kit + "/transfer";
        JsonNode current = manager.get("/api/v1/people/" + kit + "/allocation").json();
        long version = current.get("version").asLong();
        assertThat(current.get("workerName").asString()).isEqualTo(social.displayName());
        assertThat(current.get("since").asString()).isEqualTo(clock.today().toString());

        assertThat(fields(manager.post(path, "{\"version\": %d, \"workerId\": %d, \"teamId\": %d}"
                .formatted(version, familyWorker.id(), north)))).containsExactly("reason");
        assertThat(fields(manager.post(path, "{\"workerId\": %d, \"teamId\": %d, \"reason\": \"  \"}"
                .formatted(familyWorker.id(), north)))).containsExactlyInAnyOrder("version", "reason");
        assertThat(fields(manager.post(path, "{\"version\": %d, \"teamId\": %d, \"reason\": \"Workload\"}"
                .formatted(version, north)))).containsExactly("workerId");
        assertThat(fields(manager.post(path, "{\"version\": %d, \"workerId\": %d, \"teamId\": %d, \"reason\": \"Workload\"}"
                .formatted(version, social.id(), north)))).as("already Sam's").containsExactly("workerId");
        assertThat(fields(manager.post(path, "{\"version\": \"two\", \"workerId\": %d, \"teamId\": %d, \"reason\": \"Workload\"}"
                .formatted(familyWorker.id(), north)))).containsExactly("version");

        Api.Response stale = manager.post(path, "{\"version\": %d, \"workerId\": %d, \"teamId\": %d, \"reason\": \"Workload\"}"
                .formatted(version + 1000, familyWorker.id(), north));
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        Api.Response notAManager = new Api(port, "social").post(path,
                "{\"version\": %d, \"workerId\": %d, \"teamId\": %d, \"reason\": \"Workload\"}".formatted(version, familyWorker.id(), north));
        assertThat(notAManager.status()).isEqualTo(403);
        assertThat(allocations.current(kit).orElseThrow().workerId()).as("nothing changed yet").isEqualTo(social.id());
        assertThat(jdbc.sql("SELECT count(*) FROM case_transfer WHERE person_id = ?").params(kit).query(Long.class).single()).isZero();

        Api.Response done = manager.post(path, "{\"version\": %d, \"workerId\": %d, \"teamId\": %d, \"reason\": \"Workload\"}"
                .formatted(version, familyWorker.id(), north));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("version").asLong()).isNotEqualTo(version);
        assertThat(manager.post(path, "{\"version\": %d, \"workerId\": %d, \"teamId\": %d, \"reason\": \"Back again\"}"
                .formatted(version, social.id(), north)).status()).as("the old version is stale now").isEqualTo(409);

        long transfer = jdbc.sql("SELECT id FROM case_transfer WHERE person_id = ?").params(kit).query(Long.class).single();
        assertThat(new Api(port, "family").post("/api/v1/case-transfers/" + transfer + "/read", "{}").status()).isEqualTo(204);
        assertThat(new Api(port, "family").post("/api/v1/case-transfers/" + transfer + "/read", "{}").status()).isEqualTo(404);
        assertThat(new Api(port, "manager").post("/api/v1/case-transfers/" + transfer + "/read", "{}").status())
                .as("not addressed to the manager").isEqualTo(404);
    }

    /**
     * The loser of simultaneous transfers waits on the winner's lock: it is told the allocation
     * changed meanwhile, not that the child is not allocated.
     */
    @Test
    void aTransferThatWaitedOnASimultaneousOneIsToldTheAllocationChanged() throws Exception {
        long version = allocations.currentId(kit).orElseThrow();
        java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread winner = new Thread(() -> new org.springframework.transaction.support.TransactionTemplate(transactions)
                .executeWithoutResult(tx -> {
                    allocations.lockCurrent(kit);
                    allocations.allocate(kit, north, familyWorker.id(), clock.today());
                    locked.countDown();
                    try {
                        release.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        winner.start();
        assertThat(locked.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        java.util.concurrent.CompletableFuture<Api.Response> loser = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                new Api(port, "manager").post("/api/v1/people/" + kit + "/transfer",
                        "{\"version\": %d, \"workerId\": %d, \"teamId\": %d, \"reason\": \"Workload\"}"
                                .formatted(version, social.id(), north)));
        // Wait until the loser's request is blocked on the winner's row lock, then let the winner commit.
        long deadline = System.currentTimeMillis() + 30_000;
        while (jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%FROM allocation%FOR UPDATE%'")
                .query(Long.class).single() == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        release.countDown();
        winner.join(30_000);
        Api.Response response = loser.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(response.body()).contains("changed by someone else").doesNotContain("nothing to transfer");
        assertThat(allocations.current(kit).orElseThrow().workerId()).isEqualTo(familyWorker.id());
    }

    /** The "For your attention" item that names the child. */
    static String noticeAbout(String home, String childName) {
        int list = home.indexOf("id=\"attention-items\"");
        assertThat(list).as("an attention list").isNotNegative();
        int at = home.indexOf(">" + childName + "</a>", list);
        assertThat(at).as("a notice about " + childName).isNotNegative();
        return home.substring(at, home.indexOf("</li>", at));
    }

    private static List<String> fields(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        return r.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}

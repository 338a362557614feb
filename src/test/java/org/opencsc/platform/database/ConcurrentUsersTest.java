package org.opencsc.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many users at once, all released together: record pages, API reads, case notes from the page
 * and the API, and case notes refused inside their transaction. Under load, a request that held
 * one pooled connection while waiting for another (a row mapper that queried again, an access-log
 * write in a transaction of its own) starved the pool and answered 500 after its timeout, or 401
 * when it was the sign-in check that starved. Every request must be answered as it would be alone:
 * this is a test of correctness under concurrency, not of speed.
 */
@IntegrationTest
class ConcurrentUsersTest {

    /** Each kind of request, this many times: together several times the pool. */
    private static final int EACH = 24;
    private static final List<String> READERS = List.of("social", "family", "manager", "contact", "duty", "chair", "leader", "auditor");
    private static final List<String> WRITERS = List.of("social", "family", "manager", "contact", "duty", "chair", "legal");
    private static final List<String> READ_ONLY = List.of("leader", "auditor", "inspector");

    @LocalServerPort
    int port;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Environment environment;

    /** What one request should answer: its status and, for a redirect, where to. */
    record Request(String what, int expectedStatus, String expectedLocationEnd, Callable<Answer> send) {
    }

    record Answer(int status, String location, String body) {
    }

    @Test
    void recordViewsApiReadsAndCaseNotesAllReleasedAtOnceAreAllAnsweredAsTheyWouldBeAlone() throws Exception {
        Fixtures fixtures = new Fixtures(people, users, jdbc);
        String surname = Fixtures.uniqueSurname("Crowd");
        List<Long> children = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long child = fixtures.child("Kid" + (char) ('a' + i), surname, LocalDate.of(2015, 1 + i, 10));
            fixtures.allocate(child, "Safeguarding team North");
            children.add(child);
        }

        // Everyone signs in, and each page fetches the form it posts, before anyone is released.
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < EACH; i++) {
            long child = children.get(i % children.size());
            PageSession reader = PageSession.signedIn(port, READERS.get(i % READERS.size()));
            requests.add(new Request("page view of " + child, 200, null, () -> answer(reader.get("/people/" + child))));

            Api apiReader = new Api(port, READERS.get((i + 3) % READERS.size()));
            String read = i % 2 == 0 ? "/api/v1/people/" + child : "/api/v1/children/" + child + "/chronology";
            requests.add(new Request("API " + read, 200, null, () -> answer(apiReader.get(read))));

            String writer = WRITERS.get(i % WRITERS.size());
            String summary = surname + " note " + i;
            if (i % 2 == 0) {
                PageSession page = PageSession.signedIn(port, writer);
                String csrf = page.get("/people/" + child + "/case-notes/new").csrf();
                requests.add(new Request("page case note by " + writer, 302, "/people/" + child + "?noteAdded",
                        () -> answer(page.post("/people/" + child + "/case-notes", caseNoteForm(summary, csrf)))));
            } else {
                Api api = new Api(port, writer);
                requests.add(new Request("API case note by " + writer, 201, null,
                        () -> answer(api.post("/api/v1/children/" + child + "/case-notes", """
                                {"type": "VISIT", "occurredAt": "2024-03-01T10:00:00Z", "summary": "%s", "text": "Seen at home."}"""
                                .formatted(summary)))));
            }
        }
        // Refusals are written to the access log from inside the case note's transaction, which then rolls
        // back: more of them than the pool has connections. From the page, as the API's bcrypt check
        // would spread them out.
        int refusals = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize() + 8;
        long refusedOn = children.getFirst();
        for (int i = 0; i < refusals; i++) {
            String user = READ_ONLY.get(i % READ_ONLY.size());
            PageSession readOnly = PageSession.signedIn(port, user);
            String csrf = readOnly.get("/people/" + refusedOn).csrf();
            requests.add(new Request("refused page case note by " + user, 403, null,
                    () -> answer(readOnly.post("/people/" + refusedOn + "/case-notes", caseNoteForm("refused", csrf)))));
        }
        long logBefore = jdbc.sql("SELECT coalesce(max(id), 0) FROM access_log").query(Long.class).single();

        List<Answer> answers = releaseAllAtOnce(requests);

        for (int i = 0; i < requests.size(); i++) {
            Request r = requests.get(i);
            Answer a = answers.get(i);
            assertThat(a.status()).as(r.what() + " answered " + a.status() + ": " + a.body()).isEqualTo(r.expectedStatus());
            if (r.expectedLocationEnd() != null) {
                assertThat(a.location()).as(r.what()).endsWith(r.expectedLocationEnd());
            }
        }
        assertThat(jdbc.sql("SELECT count(*) FROM event WHERE summary LIKE :s").param("s", surname + " note %")
                .query(Long.class).single()).as("case notes saved").isEqualTo(EACH);
        assertThat(logged(children, logBefore, "VIEW")).as("every page view and API read in the access log").isEqualTo(2L * EACH);
        assertThat(logged(children, logBefore, "DENIED")).as("every refusal in the access log").isEqualTo(refusals);
    }

    @Test
    void theRunningPoolIsTheSizeConfigured() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        assertThat(pool.getMaximumPoolSize())
                .isEqualTo(environment.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class));
        assertThat(pool.getConnectionTimeout())
                .isEqualTo(environment.getProperty("spring.datasource.hikari.connection-timeout", Long.class));
    }

    private long logged(List<Long> children, long after, String action) {
        return jdbc.sql("SELECT count(*) FROM access_log WHERE id > :after AND action = :action AND person_id = ANY(:ids::bigint[])")
                .param("after", after).param("action", action).param("ids", children.toArray(Long[]::new))
                .query(Long.class).single();
    }

    private static List<String> caseNoteForm(String summary, String csrf) {
        return List.of("noteType", "VISIT", "occurredDay", "1", "occurredMonth", "3", "occurredYear", "2024",
                "occurredTime", "10:00", "summary", summary, "text", "Seen at home.", "_csrf", csrf);
    }

    private static Answer answer(PageSession.Page page) {
        return new Answer(page.status(), page.location(), abbreviated(page.body()));
    }

    private static Answer answer(Api.Response response) {
        return new Answer(response.status(), response.header("Location"), abbreviated(response.body()));
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    /** One thread per request, all waiting at a barrier so that they reach the server together. */
    private static List<Answer> releaseAllAtOnce(List<Request> requests) throws Exception {
        CyclicBarrier start = new CyclicBarrier(requests.size());
        ExecutorService threads = Executors.newFixedThreadPool(requests.size());
        try {
            List<Future<Answer>> running = new ArrayList<>();
            for (Request r : requests) {
                running.add(threads.submit(() -> {
                    start.await(1, TimeUnit.MINUTES);
                    return r.send().call();
                }));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : running) {
                // Generous for a loaded 2-core machine; a starved pool answers only after its own timeout anyway.
                answers.add(f.get(5, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }
}

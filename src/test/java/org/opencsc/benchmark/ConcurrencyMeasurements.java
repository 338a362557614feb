package org.opencsc.benchmark;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several users at once: 1, 10 and 50 signed-in page sessions, each sending its requests one after
 * another as fast as the answers come, all released together. Measured on the child's record page
 * (leader, random children), person search (leader), "My work" (a social worker) and recording a
 * case note from the page (the contact officer). Each response time is one request's round trip;
 * throughput is every request of the run over the time from release to the last answer.
 */
final class ConcurrencyMeasurements {

    static final int[] USERS = {1, 10, 50};
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Requests in a run: enough for a p95 at one user, and six each at fifty, as the load test that froze the app. */
    static int requestsFor(int users) {
        return Math.max(200, users * 6);
    }

    /** One timed run: how many users, their response times, requests per second, and answers not as expected. */
    record Run(String label, int users, Latencies latencies, double throughput, int failed) {
        String row() {
            Latencies l = latencies;
            return String.format(Locale.ROOT, "%-50s %5d %6d %8.1f %8.1f %8.1f %8.1f %8.1f %6d", label, users, l.count(),
                    l.percentile(50), l.percentile(95), l.percentile(99), l.percentile(100), throughput, failed);
        }
    }

    static String header() {
        return String.format(Locale.ROOT, "%-50s %5s %6s %8s %8s %8s %8s %8s %6s", "Concurrent users", "users", "count",
                "p50 ms", "p95 ms", "p99 ms", "max ms", "req/s", "failed");
    }

    /** One request of a kind: the i-th of the run, sent by the given user (an index into the run's sessions). */
    interface Step {
        void send(int user, int i);
    }

    private final int port;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final FrontDoorMeasurements.Check expect;

    final List<Run> results = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final AtomicInteger caseNotesAnswered = new AtomicInteger();
    long caseNotesSaved;
    private int failedInRun;

    ConcurrencyMeasurements(int port, JdbcClient jdbc, Clock clock, FrontDoorMeasurements.Check expect) {
        this.port = port;
        this.jdbc = jdbc;
        this.clock = clock;
        this.expect = expect;
    }

    /**
     * records: children the leader opens; searches: page search paths; writable: children the
     * contact officer may record on (at least as many as the case notes of every run).
     */
    void run(List<Long> records, List<String> searches, List<Long> writable) {
        int most = USERS[USERS.length - 1];
        List<WebSession> leaders = sessions("leader", most);
        List<WebSession> workers = sessions("social", most);
        List<WebSession> writers = sessions("contact", most);
        // A page of each writer's session, for its CSRF token (one token serves the whole session).
        List<String> writerPages = writers.stream().map(w -> w.get("/").body()).toList();

        for (int users : USERS) {
            results.add(measure("Child's record /people/{id} (leader)", users, (u, i) -> {
                WebSession.Response r = leaders.get(u).get("/people/" + records.get(i % records.size()));
                check(r.status() == 200, "concurrent record page: HTTP " + r.status());
            }));
        }
        for (int users : USERS) {
            results.add(measure("Person search /people/search (leader)", users, (u, i) -> {
                WebSession.Response r = leaders.get(u).get(searches.get(i % searches.size()));
                check(r.status() == 200, "concurrent search: HTTP " + r.status());
            }));
        }
        for (int users : USERS) {
            results.add(measure("My work / (social worker)", users, (u, i) -> {
                WebSession.Response r = workers.get(u).get("/");
                check(r.status() == 200, "concurrent my work: HTTP " + r.status());
            }));
        }
        AtomicInteger nextChild = new AtomicInteger();
        long notesBefore = benchmarkNotes();
        for (int users : USERS) {
            results.add(measure("Case note POST /people/{id}/case-notes (contact)", users, (u, i) -> {
                long child = writable.get(nextChild.getAndIncrement() % writable.size());
                WebSession.Response r = writers.get(u).postForm("/people/" + child + "/case-notes", caseNote(i), writerPages.get(u));
                boolean ok = r.status() == 302 && r.location().endsWith("/people/" + child + "?noteAdded");
                check(ok, "concurrent case note on " + child + ": HTTP " + r.status() + " to " + r.location());
                if (ok) {
                    caseNotesAnswered.incrementAndGet();
                }
            }));
        }
        caseNotesSaved = benchmarkNotes() - notesBefore;
        Run busiest = results.stream().filter(r -> r.label().startsWith("Child's record") && r.users() == most).findFirst().orElseThrow();
        notes.add(String.format(Locale.ROOT, "Child's record page with %d users at once: p95 %.1f ms, %.1f requests/s, %d failed"
                + " (%d CPUs).", most, busiest.latencies().percentile(95), busiest.throughput(), busiest.failed(),
                Runtime.getRuntime().availableProcessors()));
        notes.add("Concurrent users: each user is a signed-in page session sending requests back to back until the run's "
                + requestsFor(1) + ", " + requestsFor(10) + " or " + requestsFor(50) + " requests are sent. Case notes saved: "
                + caseNotesSaved + " (" + caseNotesAnswered.get() + " answered as saved).");
    }

    /** The benchmark's check is not thread-safe; the runs call it from many threads. */
    private synchronized void check(boolean ok, String what) {
        if (!ok) {
            failedInRun++;
        }
        expect.accept(ok, what);
    }

    private long benchmarkNotes() {
        return jdbc.sql("SELECT count(*) FROM event WHERE type = 'CASE_NOTE' AND summary LIKE 'Benchmark visit %'")
                .query(Long.class).single();
    }

    private String caseNote(int i) {
        LocalDate yesterday = LocalDate.now(clock.withZone(LONDON)).minusDays(1);
        return "noteType=VISIT&occurredDay=" + yesterday.getDayOfMonth() + "&occurredMonth=" + yesterday.getMonthValue()
                + "&occurredYear=" + yesterday.getYear() + "&occurredTime=10%3A00"
                + "&summary=" + WebSession.enc("Benchmark visit " + i)
                + "&text=" + WebSession.enc("Seen at home with mum; the child showed me their room and talked about school.");
    }

    private List<WebSession> sessions(String username, int count) {
        List<WebSession> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sessions.add(WebSession.signIn(port, username, "demo"));
        }
        return sessions;
    }

    /** users sessions, released together, share the run's requests; each sends its share back to back. */
    private Run measure(String label, int users, Step step) {
        int total = requestsFor(users);
        synchronized (this) {
            failedInRun = 0;
        }
        Latencies latencies = new Latencies(label);
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier start = new CyclicBarrier(users + 1);
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(users);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                int user = u;
                running.add(threads.submit(() -> {
                    start.await();
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        long t = System.nanoTime();
                        step.send(user, i);
                        times.add(System.nanoTime() - t);
                    }
                    return null;
                }));
            }
            start.await(1, TimeUnit.MINUTES);
            long released = System.nanoTime();
            for (Future<?> f : running) {
                f.get(30, TimeUnit.MINUTES);
            }
            double seconds = (System.nanoTime() - released) / 1e9;
            times.forEach(latencies::add);
            synchronized (this) {
                return new Run(label, users, latencies, total / seconds, failedInRun);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Concurrent run failed: " + label + ", " + users + " users", e);
        } finally {
            threads.shutdownNow();
        }
    }
}

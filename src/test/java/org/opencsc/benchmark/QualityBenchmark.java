package org.opencsc.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opencsc.demo.CouncilGenerator;
import org.opencsc.platform.time.LondonTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Quality assurance at a large council's size (about 250,000 people, with two years of audit
 * rounds, moderations and learning actions from the generator): over real HTTP, sample selection
 * (POST /api/v1/quality/rounds/preview and POST /api/v1/quality/rounds, the rounds feature's API:
 * skipped with a note while it answers 404) and the QA dashboard page /quality (one user, then
 * {@link #USERS} at once), plus the dashboard API; and, so there are figures before the rounds
 * API is merged, the eligible-children SQL of a random draw's filters timed on its own:
 *
 * <pre>./mvnw -B test -Pbenchmark -Dtest=QualityBenchmark</pre>
 *
 * -Dbenchmark.families=N generates a smaller council (a smoke run; the figures are then not the
 * large council's).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opencsc.demo-data=false", "logging.level.root=WARN", "logging.level.org.opencsc.demo=INFO",
                "opencsc.benchmark.part=quality"})
class QualityBenchmark {

    private static final String PASSWORD = "demo";
    private static final int VIEWS = 50;
    private static final int USERS = 10;
    private static final int PER_USER = 10;
    private static final int PREVIEWS = 30;
    private static final int DRAWS = 10;
    private static final Path RESULTS = Path.of("target", "benchmark-quality-results.txt");

    /**
     * The eligible children of a random draw, as the rounds feature's filter defines them (Part T's
     * contract): children with an open allocation, not restricted, optionally of one team, with a
     * child protection plan open 12 months or more, re-referred within 12 months, or closed within N days.
     */
    private static final String ELIGIBLE = """
            SELECT p.id FROM person p
            WHERE p.is_child AND NOT p.restricted AND p.merged_into IS NULL
              AND EXISTS (SELECT 1 FROM allocation a WHERE a.person_id = p.id AND a.end_date IS NULL
                          AND (:team::bigint IS NULL OR a.team_id = :team))
              AND (NOT :cp OR EXISTS (SELECT 1 FROM cp_plan c WHERE c.person_id = p.id AND c.ended_on IS NULL
                                      AND c.started_on <= :yearAgo))
              AND (NOT :reReferral OR EXISTS (SELECT 1 FROM referral r WHERE r.person_id = p.id AND r.referral_date > :yearAgo
                                              AND EXISTS (SELECT 1 FROM referral e WHERE e.person_id = p.id
                                                          AND e.referral_date < r.referral_date
                                                          AND e.referral_date > r.referral_date - interval '12 months')))
            ORDER BY p.id
            """;

    @LocalServerPort
    int port;
    @Autowired
    CouncilGenerator generator;
    @Autowired
    JdbcClient jdbc;

    private final List<String> problems = new ArrayList<>();

    @Test
    void sampleSelectionAndTheQaDashboardAtLargeCouncilSize() throws IOException, InterruptedException {
        assertThat(jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single())
                .as("the benchmark needs an empty database: run it alone with -Pbenchmark").isZero();
        CouncilGenerator.Size size = BenchmarkRuns.size();
        long started = System.nanoTime();
        generator.generate(size);
        List<String> notes = new ArrayList<>();
        notes.add(String.format("Council of %d families generated in %.0f s: %d people, %d open allocations, %d audit rounds, "
                        + "%d audits (%d completed or moderated, %d moderated), %d learning actions (%d open)", size.families(),
                (System.nanoTime() - started) / 1e9, count("person"), count("allocation WHERE end_date IS NULL"), count("audit_round"),
                count("audit"), count("audit WHERE status IN ('COMPLETED', 'MODERATED')"), count("audit_moderation"),
                count("learning_action"), count("learning_action WHERE completed_on IS NULL")));
        List<Latencies> measured = new ArrayList<>();

        LocalDate yearAgo = LondonTime.today(java.time.Clock.systemUTC()).minusMonths(12);
        Long team = jdbc.sql("SELECT team_id FROM allocation WHERE end_date IS NULL GROUP BY team_id ORDER BY count(*) DESC LIMIT 1")
                .query(Long.class).single();
        measured.add(eligible("Eligible SQL: CP plan open 12 months+, whole council", null, true, false, yearAgo, notes));
        measured.add(eligible("Eligible SQL: one team (the largest)", team, false, false, yearAgo, notes));
        measured.add(eligible("Eligible SQL: re-referred within 12 months", null, false, true, yearAgo, notes));

        WebSession api = WebSession.basic(port, "auditor", PASSWORD);
        String filter = "{\"filter\":{\"cpPlanOver12Months\":true}}";
        WebSession.Response probe = api.postJson("/api/v1/quality/rounds/preview", filter);
        if (probe.status() == 404 || probe.status() == 405) {
            notes.add("POST /api/v1/quality/rounds/preview answers " + probe.status() + ": the rounds API (Part T) is not on this "
                    + "branch yet, so sample selection over HTTP is skipped; the eligible-children SQL above stands in for it.");
        } else {
            measured.add(previews(api, filter));
            measured.add(draws(api));
        }

        WebSession auditor = WebSession.signIn(port, "auditor", PASSWORD);
        BenchmarkRuns.expectOk(auditor.get("/quality"), "first dashboard view", problems);
        Latencies page = new Latencies("QA dashboard /quality, " + VIEWS + " views (whole council)");
        for (int i = 0; i < VIEWS; i++) {
            long t = System.nanoTime();
            BenchmarkRuns.expectOk(auditor.get("/quality"), "dashboard", problems);
            page.add(System.nanoTime() - t);
        }
        measured.add(page);
        List<WebSession> sessions = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            sessions.add(WebSession.signIn(port, List.of("auditor", "leader", "inspector").get(u % 3), PASSWORD));
        }
        measured.add(BenchmarkRuns.atOnce("QA dashboard, " + USERS + " users at once (" + PER_USER + " views each)", sessions,
                "/quality", PER_USER, problems));
        Latencies drill = new Latencies("Drill-down /quality/dashboard/audits?grade=GOOD, " + VIEWS + " views");
        for (int i = 0; i < VIEWS; i++) {
            long t = System.nanoTime();
            BenchmarkRuns.expectOk(auditor.get("/quality/dashboard/audits?grade=GOOD"), "drill-down", problems);
            drill.add(System.nanoTime() - t);
        }
        measured.add(drill);
        Latencies json = new Latencies("API GET /api/v1/quality/dashboard, " + VIEWS + " calls (HTTP Basic)");
        for (int i = 0; i < VIEWS; i++) {
            long t = System.nanoTime();
            BenchmarkRuns.expectOk(api.get("/api/v1/quality/dashboard"), "dashboard API", problems);
            json.add(System.nanoTime() - t);
        }
        measured.add(json);
        Latencies home = new Latencies("QA auditor's home /, " + VIEWS + " views");
        for (int i = 0; i < VIEWS; i++) {
            long t = System.nanoTime();
            BenchmarkRuns.expectOk(auditor.get("/"), "auditor home", problems);
            home.add(System.nanoTime() - t);
        }
        measured.add(home);

        BenchmarkRuns.report(RESULTS, notes, measured, problems);
        assertThat(problems).isEmpty();
    }

    private Latencies eligible(String label, Long team, boolean cp, boolean reReferral, LocalDate yearAgo, List<String> notes) {
        Latencies l = new Latencies(label + ", " + PREVIEWS + " runs");
        int found = 0;
        for (int i = 0; i < PREVIEWS; i++) {
            long t = System.nanoTime();
            found = jdbc.sql(ELIGIBLE).param("team", team, java.sql.Types.BIGINT).param("cp", cp).param("reReferral", reReferral)
                    .param("yearAgo", Date.valueOf(yearAgo)).query(Long.class).list().size();
            l.add(System.nanoTime() - t);
        }
        notes.add(label + ": " + found + " children eligible");
        return l;
    }

    private Latencies previews(WebSession api, String filter) {
        Latencies l = new Latencies("API POST /api/v1/quality/rounds/preview, " + PREVIEWS + " calls");
        for (int i = 0; i < PREVIEWS; i++) {
            long t = System.nanoTime();
            BenchmarkRuns.expectOk(api.postJson("/api/v1/quality/rounds/preview", filter), "preview", problems);
            l.add(System.nanoTime() - t);
        }
        return l;
    }

    private Latencies draws(WebSession api) {
        Long template = jdbc.sql("SELECT id FROM audit_template WHERE superseded_at IS NULL ORDER BY id LIMIT 1").query(Long.class).single();
        String dueOn = LondonTime.today(java.time.Clock.systemUTC()).plusDays(30).toString();
        Latencies l = new Latencies("API POST /api/v1/quality/rounds (draw 10 of CP 12m+), " + DRAWS + " draws");
        for (int i = 0; i < DRAWS; i++) {
            String body = "{\"title\":\"Benchmark draw " + i + "\",\"kind\":\"CASE_AUDIT\",\"templateId\":" + template + ",\"dueOn\":\""
                    + dueOn + "\",\"selection\":\"RANDOM\",\"filter\":{\"cpPlanOver12Months\":true},\"sampleSize\":10,\"seed\":" + (1000 + i) + "}";
            long t = System.nanoTime();
            WebSession.Response r = api.postJson("/api/v1/quality/rounds", body);
            l.add(System.nanoTime() - t);
            if (r.status() != 201 && problems.size() < 20) {
                problems.add("draw: HTTP " + r.status() + " " + r.body());
            }
        }
        return l;
    }

    private long count(String tableAndWhere) {
        return jdbc.sql("SELECT count(*) FROM " + tableAndWhere).query(Long.class).single();
    }
}

package org.opencsc.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opencsc.demo.CouncilGenerator;
import org.opencsc.performance.FigureCache;
import org.opencsc.performance.Figures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The council dashboard at a large council's size (about 250,000 people): generates the council
 * into its own empty database, then, over real HTTP as the senior leader, times the first view
 * with nothing cached (every figure counted for the whole council), the background precomputing
 * of the default views (the council and each service area), 50 views after it, 10 leaders
 * viewing at once, a figure's children and the API:
 *
 * <pre>./mvnw -B test -Pbenchmark -Dtest=LargeCouncilPerformanceBenchmark</pre>
 *
 * -Dbenchmark.families=N generates a smaller council (a smoke run; the figures are then not the
 * large council's). Its own property makes it a Spring context and database of its own. The
 * cache runs as in production (a 5-minute time-to-live, the default views precomputed).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opencsc.demo-data=false", "logging.level.root=WARN", "logging.level.org.opencsc.demo=INFO",
                "opencsc.benchmark.part=performance", "opencsc.performance.ttl=PT5M"})
class LargeCouncilPerformanceBenchmark {

    private static final String PASSWORD = "demo";
    private static final int WARM = 50;
    private static final int USERS = 10;
    private static final int PER_USER = 10;
    private static final Path RESULTS = Path.of("target", "benchmark-performance-results.txt");

    @LocalServerPort
    int port;
    @Autowired
    CouncilGenerator generator;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FigureCache cache;
    @Autowired
    Figures figures;

    private final List<String> problems = new ArrayList<>();

    @Test
    void councilDashboardAtLargeCouncilSize() throws IOException, InterruptedException {
        assertThat(jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single())
                .as("the benchmark needs an empty database: run it alone with -Pbenchmark").isZero();
        CouncilGenerator.Size size = size();
        long started = System.nanoTime();
        generator.generate(size);
        List<String> notes = new ArrayList<>();
        notes.add(String.format("Council of %d families generated in %.0f s: %d people, %d contacts, %d referrals", size.families(),
                (System.nanoTime() - started) / 1e9, count("person"), count("contact"), count("referral")));
        notes.add("Figures: " + figures.all().size() + " (" + String.join(", ", figures.all().stream().map(f -> f.key()).toList()) + ")");
        jdbc.sql("ANALYZE").update();

        WebSession leader = WebSession.signIn(port, "leader", PASSWORD);
        // What was precomputed at start-up counted an empty database: forget it, so the first view counts the council.
        cache.clear();
        Latencies cold = new Latencies("Dashboard /performance, first view (nothing cached)");
        long t = System.nanoTime();
        expectOk(leader.get("/performance"), "cold dashboard");
        cold.add(System.nanoTime() - t);

        Latencies precompute = new Latencies("Precomputing the default views (council + each service area)");
        t = System.nanoTime();
        cache.refreshDefaultViews();
        precompute.add(System.nanoTime() - t);
        notes.add("Default views: " + cache.defaultViews().size());

        Latencies warm = new Latencies("Dashboard /performance, " + WARM + " views after it");
        for (int i = 0; i < WARM; i++) {
            t = System.nanoTime();
            expectOk(leader.get("/performance"), "warm dashboard");
            warm.add(System.nanoTime() - t);
        }
        Latencies home = new Latencies("Leader's home / (the council dashboard), 20 views");
        for (int i = 0; i < 20; i++) {
            t = System.nanoTime();
            expectOk(leader.get("/"), "home");
            home.add(System.nanoTime() - t);
        }

        List<WebSession> sessions = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            sessions.add(WebSession.signIn(port, "leader", PASSWORD));
        }
        Latencies concurrent = BenchmarkRuns.atOnce("Dashboard, " + USERS + " leaders at once (" + PER_USER + " views each)", sessions,
                "/performance", PER_USER, problems);

        Latencies drill = new Latencies("A figure's children /performance/figures/contacts (council)");
        for (int i = 0; i < 10; i++) {
            t = System.nanoTime();
            expectOk(leader.get("/performance/figures/contacts"), "drill-down");
            drill.add(System.nanoTime() - t);
        }
        WebSession api = WebSession.basic(port, "leader", PASSWORD);
        Latencies apiAll = new Latencies("API /api/v1/performance/figures (HTTP Basic, incl. bcrypt)");
        for (int i = 0; i < 10; i++) {
            t = System.nanoTime();
            expectOk(api.get("/api/v1/performance/figures"), "API figures");
            apiAll.add(System.nanoTime() - t);
        }

        List<String> lines = new ArrayList<>(notes);
        lines.add(Latencies.header());
        for (Latencies l : List.of(cold, precompute, warm, home, concurrent, drill, apiAll)) {
            lines.add(l.row());
        }
        lines.add(problems.isEmpty() ? "No failed requests" : "Problems: " + problems);
        lines.forEach(System.out::println);
        Files.createDirectories(RESULTS.getParent());
        Files.write(RESULTS, lines);
        assertThat(problems).isEmpty();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private void expectOk(WebSession.Response r, String what) {
        if (r.status() != 200 && problems.size() < 20) {
            problems.add(what + ": HTTP " + r.status());
        }
    }

    private static CouncilGenerator.Size size() {
        CouncilGenerator.Size large = CouncilGenerator.Size.LARGE;
        int families = Integer.getInteger("benchmark.families", large.families());
        return families == large.families() ? large : new CouncilGenerator.Size(families, large.years(), large.teamsPerLocality(),
                large.workersPerTeam(), large.openCaseShare(), large.dutyQueue(), large.longHistories(), large.seed());
    }
}

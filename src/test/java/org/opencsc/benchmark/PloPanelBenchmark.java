package org.opencsc.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opencsc.demo.CouncilGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The PLO panel at a large council's size (about 250,000 people, pre-proceedings for about 4% of
 * the open cases): generates the council into its own empty database, then over real HTTP times
 * the legal adviser's panel page /legal/plo-panel (one at a time, then {@link #USERS} at once)
 * and the API GET /api/v1/people/{id}/pre-proceedings for children in pre-proceedings:
 *
 * <pre>./mvnw -B test -Pbenchmark -Dtest=PloPanelBenchmark</pre>
 *
 * -Dbenchmark.families=N generates a smaller council (a smoke run; the figures are then not the
 * large council's).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opencsc.demo-data=false", "logging.level.root=WARN", "logging.level.org.opencsc.demo=INFO",
                "opencsc.benchmark.part=plo-panel"})
class PloPanelBenchmark {

    private static final String PASSWORD = "demo";
    private static final int VIEWS = 50;
    private static final int USERS = 10;
    private static final int PER_USER = 10;
    private static final int API_CHILDREN = 50;
    private static final Path RESULTS = Path.of("target", "benchmark-plo-panel-results.txt");

    @LocalServerPort
    int port;
    @Autowired
    CouncilGenerator generator;
    @Autowired
    JdbcClient jdbc;

    private final List<String> problems = new ArrayList<>();

    @Test
    void ploPanelAndPreProceedingsApiAtLargeCouncilSize() throws IOException, InterruptedException {
        assertThat(jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single())
                .as("the benchmark needs an empty database: run it alone with -Pbenchmark").isZero();
        CouncilGenerator.Size size = BenchmarkRuns.size();
        long started = System.nanoTime();
        generator.generate(size);
        List<String> notes = new ArrayList<>();
        notes.add(String.format("Council of %d families generated in %.0f s: %d people, %d open referrals, %d pre-proceedings "
                        + "(%d open), %d pre-proceedings meetings", size.families(), (System.nanoTime() - started) / 1e9, count("person"),
                count("referral WHERE closure_date IS NULL"), count("pre_proceedings"), count("pre_proceedings WHERE outcome IS NULL"),
                count("pre_proceedings_meeting")));

        WebSession legal = WebSession.signIn(port, "legal", PASSWORD);
        expectOk(legal.get("/legal/plo-panel"), "first panel view");
        Latencies panel = new Latencies("PLO panel /legal/plo-panel, " + VIEWS + " views");
        for (int i = 0; i < VIEWS; i++) {
            long t = System.nanoTime();
            expectOk(legal.get("/legal/plo-panel"), "panel");
            panel.add(System.nanoTime() - t);
        }

        List<WebSession> sessions = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            sessions.add(WebSession.signIn(port, u % 2 == 0 ? "legal" : "manager", PASSWORD));
        }
        Latencies concurrent = BenchmarkRuns.atOnce("PLO panel, " + USERS + " users at once (" + PER_USER + " views each)", sessions,
                "/legal/plo-panel", PER_USER, problems);

        List<Long> children = jdbc.sql("SELECT DISTINCT person_id FROM pre_proceedings ORDER BY person_id LIMIT :n")
                .param("n", API_CHILDREN).query(Long.class).list();
        WebSession api = WebSession.basic(port, "legal", PASSWORD);
        Latencies apiList = new Latencies("API GET /api/v1/people/{id}/pre-proceedings, " + children.size()
                + " children (HTTP Basic, incl. bcrypt)");
        for (long child : children) {
            long t = System.nanoTime();
            expectOk(api.get("/api/v1/people/" + child + "/pre-proceedings"), "API pre-proceedings");
            apiList.add(System.nanoTime() - t);
        }

        BenchmarkRuns.report(RESULTS, notes, List.of(panel, concurrent, apiList), problems);
        assertThat(problems).isEmpty();
    }

    private long count(String tableAndWhere) {
        return jdbc.sql("SELECT count(*) FROM " + tableAndWhere).query(Long.class).single();
    }

    private void expectOk(WebSession.Response r, String what) {
        BenchmarkRuns.expectOk(r, what, problems);
    }
}

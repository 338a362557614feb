package org.opencsc.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opencsc.demo.CouncilGenerator;
import org.opencsc.performance.Figure;
import org.opencsc.performance.FigureQuery;
import org.opencsc.performance.FigureResult;
import org.opencsc.performance.Figures;
import org.opencsc.performance.Period;
import org.opencsc.platform.time.LondonTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long each performance figure's query takes at a large council's size (about 250,000
 * people): every figure computed for the whole council and for one team over the default 12
 * months, p50/p95 of repeated runs, in the service (no HTTP, no cache: the cost the dashboard's
 * cache saves). Run alone: {@code ./mvnw -B test -Pbenchmark -Dtest=FigureQueryBenchmark};
 * {@code -Dbenchmark.families=N} for a smaller council. Written to target/figure-query-benchmark.txt.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"opencsc.demo-data=false", "logging.level.root=WARN", "logging.level.org.opencsc.demo=INFO"})
class FigureQueryBenchmark {

    private static final int RUNS = 15;

    @Autowired
    CouncilGenerator generator;
    @Autowired
    Figures figures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void everyFigureForTheCouncilAndOneTeam() throws IOException {
        assertThat(jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single())
                .as("the benchmark needs an empty database: run it alone with -Pbenchmark").isZero();
        CouncilGenerator.Size large = CouncilGenerator.Size.LARGE;
        int families = Integer.getInteger("benchmark.families", large.families());
        generator.generate(families == large.families() ? large : new CouncilGenerator.Size(families, large.years(),
                large.teamsPerLocality(), large.workersPerTeam(), large.openCaseShare(), large.dutyQueue(), large.longHistories(),
                large.seed()));
        jdbc.sql("ANALYZE").update();
        LocalDate today = LondonTime.today(clock);
        long team = jdbc.sql("SELECT team_id FROM allocation WHERE end_date IS NULL GROUP BY team_id ORDER BY count(*) DESC LIMIT 1")
                .query(Long.class).single();
        List<String> out = new ArrayList<>();
        out.add("Figures at " + jdbc.sql("SELECT count(*) FROM person").query(Long.class).single() + " people, p50/p95 of "
                + RUNS + " runs after one warm-up (ms); rows and met in brackets");
        for (Figure f : figures.all()) {
            for (FigureQuery q : List.of(FigureQuery.council(Period.twelveMonthsTo(today), today),
                    new FigureQuery(Period.twelveMonthsTo(today), today, List.of(team)))) {
                FigureResult r = f.compute(q);
                long[] times = new long[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    long t = System.nanoTime();
                    f.compute(q);
                    times[i] = System.nanoTime() - t;
                }
                Arrays.sort(times);
                out.add(String.format(Locale.ROOT, "%-24s %-8s p50 %7.1f p95 %7.1f  (%d rows, %d met)", f.key(),
                        q.wholeCouncil() ? "council" : "team", times[RUNS / 2] / 1e6, times[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6,
                        r.count(), r.met()));
            }
        }
        out.forEach(System.out::println);
        Files.write(Path.of("target", "figure-query-benchmark.txt"), out);
    }
}

package org.opencsc.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opencsc.demo.CouncilGenerator;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.returns.annexa.AnnexAReturn;
import org.opencsc.security.AccessLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ofsted Annex A for the large council (~250,000 people): generates it into its own empty
 * database, then makes the workbook for today a few times, timing each (p50/p95) and reading the
 * heap's peak across the runs (the JVM's heap pools' peak usage, reset before the first), and
 * times the page's row counts:
 *
 * <pre>./mvnw -B test -Pbenchmark -Dtest=AnnexABenchmark                         (the large council)
 * ./mvnw -B test -Pbenchmark -Dtest=AnnexABenchmark -Dbenchmark.families=4000  (a smoke run)</pre>
 *
 * Its own property makes it a Spring context (and database) of its own, as LargeCouncilCensusBenchmark's does.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"opencsc.demo-data=false", "logging.level.root=WARN", "logging.level.org.opencsc.demo=INFO",
        "opencsc.benchmark.part=annex-a"})
class AnnexABenchmark {

    private static final int RUNS = 5;

    @Autowired
    CouncilGenerator generator;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    AnnexAReturn annexA;

    @Test
    void theWorkbookAtLargeCouncilSize() throws IOException {
        assertThat(jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single())
                .as("the benchmark needs an empty database").isZero();
        CouncilGenerator.Size size = size();
        long started = System.nanoTime();
        generator.generate(size);
        long people = jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
        System.out.printf("Council of %d families (%d people) generated in %.0f s%n", size.families(), people,
                (System.nanoTime() - started) / 1e9);

        LocalDate today = LondonTime.today(clock);
        Latencies counts = new Latencies("Annex A page: the row count of every list");
        List<AnnexAReturn.Counted> counted = null;
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            counted = annexA.counts(today);
            counts.add(System.nanoTime() - t);
        }
        counted.forEach(c -> System.out.printf("  list %2d %-22s %8d rows%n", c.list().number(), c.list().title(), c.rows()));

        AnnexAReturn.Requester requester = new AnnexAReturn.Requester("benchmark", AccessLog.Channel.CLI, "benchmark");
        Latencies workbook = new Latencies("Annex A workbook (XLSX, every list)");
        long bytes = 0;
        System.gc();
        resetPeaks();
        for (int i = 0; i < RUNS; i++) {
            Counting out = new Counting();
            long t = System.nanoTime();
            annexA.writeWorkbook(today, requester, () -> out);
            workbook.add(System.nanoTime() - t);
            bytes = out.bytes;
        }
        long peak = heapPeak();
        // Each list's CSV alone, to tell which list a slow workbook spends its time on.
        List<Latencies> perList = new java.util.ArrayList<>();
        for (AnnexAReturn.Counted c : counted) {
            Latencies l = new Latencies("  list " + c.list().number() + " " + c.list().title() + " (CSV)");
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                annexA.writeCsv(today, c.list(), requester, Counting::new);
                l.add(System.nanoTime() - t);
            }
            perList.add(l);
        }
        System.out.println(Latencies.header());
        System.out.println(counts.row());
        System.out.println(workbook.row());
        perList.forEach(l -> System.out.println(l.row()));
        System.out.printf("Workbook %.1f MB; heap peak over the %d runs %.0f MB (max heap %.0f MB)%n", bytes / 1e6, RUNS,
                peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        assertThat(bytes).isPositive();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks: an upper bound on the heap in use at any one moment. */
    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** The large council, unless -Dbenchmark.families asks for a smaller one (a smoke run). */
    private static CouncilGenerator.Size size() {
        CouncilGenerator.Size large = CouncilGenerator.Size.LARGE;
        int families = Integer.getInteger("benchmark.families", large.families());
        return families == large.families() ? large : new CouncilGenerator.Size(families, large.years(),
                large.teamsPerLocality(), large.workersPerTeam(), large.openCaseShare(), large.dutyQueue(),
                large.longHistories(), large.seed());
    }

    /** Counts what the workbook writes and throws it away: the client is not what is measured. */
    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}

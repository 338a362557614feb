package org.opencsc.returns.census.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusMessage;
import org.opencsc.returns.census.ChildCharacteristics;
import org.opencsc.returns.census.ChildIdentifiers;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.opencsc.returns.census.Section47;
import org.opencsc.returns.census.rules.CensusSamples;

/**
 * Time and peak heap to write and to read a 25,000-child census (a large council's year), and
 * the file's size, which MAX_BYTES is set from. No database. Run on its own:
 *
 * <pre>./mvnw -B test -Pbenchmark -Dtest=CensusXmlBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Add {@code -DargLine=-Xmx160m} to see it all (the 25,000-child model, writing, reading) fit in
 * a small heap. CPU time is printed beside wall time, which other work on the machine inflates.
 */
@Tag("benchmark")
class CensusXmlBenchmark {

    private static final int CHILDREN = 25_000;
    private static final String[] SOURCES = {"1A", "2A", "3A", "3E", "5D", "6", "8", "10"};
    private static final String[] FACTORS = {"1B", "2B", "3A", "3B", "4B", "16A", "17A", "21", "24A"};
    private static final String[] CATEGORIES = {"NEG", "PHY", "EMO", "SAB"};

    @Test
    void writeAndReadALargeCouncilsCensus(@TempDir Path dir) throws IOException {
        for (int run = 1; run <= 2; run++) {
            System.out.printf("%nRun %d (%s)", run, run == 1 ? "cold JVM" : "warm");
            run(dir);
        }
    }

    private void run(Path dir) throws IOException {
        Path file = dir.resolve("cin-25000.xml");
        List<CensusChild> children = new ArrayList<>(CHILDREN);
        Random random = new Random(11);
        for (int i = 0; i < CHILDREN; i++) {
            children.add(child(i, random));
        }
        CensusMessage message = new CensusMessage(CensusSamples.header().build(), children);

        resetPeaks();
        long baseline = usedHeap();
        long started = System.nanoTime();
        long cpu = cpuNanos();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            CensusXml.write(message, out);
        }
        long writeMillis = (System.nanoTime() - started) / 1_000_000;
        long writeCpuMillis = (cpuNanos() - cpu) / 1_000_000;
        long writePeak = peakHeap();

        children = null;
        message = null;
        resetPeaks();
        long readBaseline = usedHeap();
        started = System.nanoTime();
        cpu = cpuNanos();
        CensusFile read;
        try (InputStream in = Files.newInputStream(file)) {
            read = CensusXml.read(in);
        }
        long readMillis = (System.nanoTime() - started) / 1_000_000;
        long readCpuMillis = (cpuNanos() - cpu) / 1_000_000;
        long readPeak = peakHeap();

        assertThat(read.problems()).isEmpty();
        assertThat(read.message().orElseThrow().children()).hasSize(CHILDREN);
        System.out.printf("%nCensus XML, %,d children: file %,d bytes (%.1f MB)%n", CHILDREN, Files.size(file),
                Files.size(file) / 1e6);
        System.out.printf("  write: %,d ms (%,d ms CPU), peak heap %,d MB (model held before: %,d MB)%n",
                writeMillis, writeCpuMillis, writePeak >> 20, baseline >> 20);
        System.out.printf("  read (spool + schema check + parse): %,d ms (%,d ms CPU), peak heap %,d MB (before: %,d MB)%n",
                readMillis, readCpuMillis, readPeak >> 20, readBaseline >> 20);
        System.out.printf("  load average while running: %.1f%n%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static CensusChild child(int i, Random random) {
        LocalDate referral = LocalDate.of(2025, 4, 1).plusDays(random.nextInt(360));
        boolean closed = random.nextInt(3) == 0;
        List<CinDetails> episodes = new ArrayList<>();
        int count = random.nextInt(5) == 0 ? 2 : 1;
        for (int e = 0; e < count; e++) {
            LocalDate start = referral.minusDays(400L * e);
            boolean protection = random.nextInt(6) == 0;
            List<Section47> s47 = protection
                    ? List.of(new Section47(start.plusDays(2), start.plusDays(17), start.plusDays(15), false, null))
                    : List.of();
            List<ChildProtectionPlan> plans = protection
                    ? List.of(new ChildProtectionPlan(start.plusDays(15), null, pick(CATEGORIES, random),
                            pick(CATEGORIES, random), random.nextInt(3),
                            List.of(start.plusDays(105), start.plusDays(285)), null))
                    : List.of();
            episodes.add(new CinDetails(start, pick(SOURCES, random), "N" + random.nextInt(10),
                    closed || e > 0 ? start.plusDays(60) : null, closed || e > 0 ? "RC7" : null,
                    protection ? start.plusDays(15) : null,
                    List.of(new Assessment(start.plusDays(1), null, start.plusDays(40),
                            List.of(pick(FACTORS, random), pick(FACTORS, random)), null)),
                    List.of(new CinPlanDates(start.plusDays(45), closed ? start.plusDays(60) : null, null)),
                    s47, false, plans, List.of(), null));
        }
        return new CensusChild(
                new ChildIdentifiers("C" + (100000 + i), "A" + String.format("%012d", i), null, null,
                        LocalDate.of(2008, 1, 1).plusDays(random.nextInt(6000)), null,
                        random.nextBoolean() ? "M" : "F", null),
                new ChildCharacteristics("WBRI", List.of("NONE")), episodes, null);
    }

    /** CPU time of this thread: less distorted than wall time when other work shares the cores. */
    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    private static void resetPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long peakHeap() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }
}

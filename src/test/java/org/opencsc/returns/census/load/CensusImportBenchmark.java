package org.opencsc.returns.census.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusHeader;
import org.opencsc.returns.census.ChildCharacteristics;
import org.opencsc.returns.census.ChildIdentifiers;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.opencsc.returns.census.Section47;
import org.opencsc.returns.census.xml.CensusXml;
import org.opencsc.returns.census.xml.CensusXmlWriter;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Importing a large council's census (25,000 children, as many as the largest English councils
 * report) into an empty database: the time and the peak heap. The file is written first (streamed)
 * with a realistic mix of episodes, assessments, enquiries, plans and reviews. Run alone:
 *
 * <pre>./mvnw -B test -Pbenchmark -Dtest=CensusImportBenchmark</pre>
 */
@Tag("benchmark")
@SpringBootTest(properties = {"opencsc.demo-data=false", "logging.level.root=WARN"})
class CensusImportBenchmark {

    private static final int CHILDREN = Integer.getInteger("benchmark.censusChildren", 25_000);

    @Autowired
    CensusImport imports;
    @Autowired
    JdbcClient jdbc;

    @Test
    void importALargeCouncilsCensusIntoAnEmptyDatabase() throws IOException {
        assertThat(jdbc.sql("SELECT count(*) FROM person").query(Long.class).single())
                .as("the benchmark needs an empty database").isZero();
        Path file = Files.createTempFile("census-benchmark", ".xml");
        try {
            write(file);
            CurrentUser officer = new CurrentUser(0, "benchmark", null, "Benchmark data officer", Role.DATA_OFFICER, true,
                    null, Set.of(), Set.of(), true);
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();
            ImportResult result;
            try (InputStream in = Files.newInputStream(file)) {
                result = imports.importFile(in, "large-council.xml", officer);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            assertThat(result.refused()).as("%s", result.problems().stream().limit(5).toList()).isFalse();
            String report = "Census import: %,d children (%,d bytes) in %,d ms; peak heap (sum of pool peaks) %,d MB; max heap %,d MB; added %s"
                    .formatted(result.children(), Files.size(file), millis, peak / (1024 * 1024),
                            Runtime.getRuntime().maxMemory() / (1024 * 1024), result.added());
            System.out.println(report);
            Files.writeString(Path.of("target", "census-import-benchmark.txt"), report + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
            assertThat(result.childrenCreated()).isEqualTo(CHILDREN);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void write(Path file) throws IOException {
        Random r = new Random(11);
        CensusHeader header = new CensusHeader("CIN", "2026", LocalDate.of(2026, 3, 31), "L", "999", "Other", "1.0", "001",
                LocalDateTime.of(2026, 4, 10, 9, 0));
        String[] sources = {"1A", "1B", "2A", "2B", "3A", "3F", "4", "5A", "5C", "6", "8", "9", "10"};
        String[] needs = {"N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9"};
        String[] ethnicities = {"WBRI", "WOTH", "MWBC", "AIND", "BAFR", "CHNE", "NOBT"};
        String[] factors = {"1A", "2A", "2B", "3A", "3B", "4A", "4B", "5A", "6A", "7A", "8B", "10A", "16A", "18B", "21"};
        String[] categories = {"NEG", "PHY", "EMO", "SAB", "MUL"};
        try (OutputStream out = Files.newOutputStream(file); CensusXmlWriter writer = CensusXml.writer(out, header)) {
            for (int i = 0; i < CHILDREN; i++) {
                LocalDate born = LocalDate.of(2008, 1, 1).plusDays(r.nextInt(6400));
                List<CinDetails> episodes = new ArrayList<>();
                LocalDate referral = LocalDate.of(2024, 4, 1).plusDays(r.nextInt(300));
                int count = 1 + (r.nextInt(4) == 0 ? 1 : 0);
                for (int e = 0; e < count; e++) {
                    boolean last = e == count - 1;
                    LocalDate closed = !last || r.nextBoolean() ? referral.plusDays(60 + r.nextInt(200)) : null;
                    List<Assessment> assessments = r.nextInt(10) == 0 ? List.of() : List.of(new Assessment(referral.plusDays(1),
                            null, referral.plusDays(20 + r.nextInt(25)), List.of(factors[r.nextInt(factors.length)],
                            factors[r.nextInt(factors.length)]).stream().distinct().toList(), null));
                    List<CinPlanDates> cin = r.nextInt(5) < 2 ? List.of(new CinPlanDates(referral.plusDays(50), closed, null)) : List.of();
                    List<Section47> s47 = new ArrayList<>();
                    List<ChildProtectionPlan> plans = new ArrayList<>();
                    LocalDate icpc = null;
                    if (r.nextInt(5) == 0) {
                        LocalDate start = referral.plusDays(2);
                        boolean conference = r.nextBoolean();
                        icpc = conference ? start.plusDays(18) : null;
                        s47.add(new Section47(start, start.plusDays(21), icpc, !conference, null));
                        if (conference) {
                            String category = categories[r.nextInt(categories.length)];
                            plans.add(new ChildProtectionPlan(icpc, closed, category, category, 0,
                                    List.of(icpc.plusMonths(3)), null));
                        }
                    }
                    episodes.add(new CinDetails(referral, sources[r.nextInt(sources.length)], needs[r.nextInt(needs.length)],
                            closed, closed == null ? null : "RC" + (1 + r.nextInt(8)), icpc, assessments, cin, s47,
                            false, plans, List.of(), null));
                    referral = (closed == null ? referral : closed).plusDays(30 + r.nextInt(60));
                }
                writer.write(new CensusChild(new ChildIdentifiers("B" + i, r.nextInt(10) < 7 ? upn(r) : null, null,
                        null, born, null, r.nextBoolean() ? "M" : "F", null),
                        new ChildCharacteristics(ethnicities[r.nextInt(ethnicities.length)], List.of("NONE")), episodes, null));
            }
        }
    }

    private static String upn(Random r) {
        StringBuilder s = new StringBuilder("A");
        for (int i = 0; i < 12; i++) {
            s.append(r.nextInt(10));
        }
        return s.toString();
    }
}

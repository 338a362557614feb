package org.opencsc.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.returns.census.CensusYear;
import org.opencsc.returns.census.rules.CensusProblem;
import org.opencsc.returns.census.rules.CensusValidation;
import org.opencsc.returns.census.rules.RuleType;
import org.opencsc.returns.census.export.CensusExport;
import org.opencsc.returns.census.export.ExportResult;

/**
 * The Children in Need census of the large council: the export of the current year (every
 * child in need in it, ~25,000 at this size) from the database, then the DfE rules over it, as
 * a data officer's "export and validate" does. Times each part (the best of a few runs, after a
 * warm-up run, and the first run cold) and the heap's peak while they run: the export holds the
 * year's message in memory, so the heap is the figure to watch as councils grow.
 */
final class CensusExportMeasurements {

    private static final int RUNS = 3;

    private final CensusExport export;
    private final CensusValidation validation;
    private final Clock clock;

    final List<String> notes = new ArrayList<>();

    CensusExportMeasurements(CensusExport export, CensusValidation validation, Clock clock) {
        this.export = export;
        this.validation = validation;
        this.clock = clock;
    }

    void run() {
        CensusYear year = CensusYear.containing(LondonTime.today(clock));
        System.gc();
        long heapBefore = heapUsed();
        resetPeaks();
        long started = System.nanoTime();
        ExportResult first = export.export(year);
        long exported = System.nanoTime();
        List<CensusProblem> problems = validation.validate(first.message(), year);
        long validated = System.nanoTime();
        long coldPeak = heapPeak();
        double coldExport = (exported - started) / 1e9;
        double coldValidate = (validated - exported) / 1e9;

        double bestExport = Double.MAX_VALUE;
        double bestValidate = Double.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            ExportResult again = export.export(year);
            long t1 = System.nanoTime();
            validation.validate(again.message(), year);
            long t2 = System.nanoTime();
            bestExport = Math.min(bestExport, (t1 - t0) / 1e9);
            bestValidate = Math.min(bestValidate, (t2 - t1) / 1e9);
        }
        long warmPeak = heapPeak();

        int children = first.message().children().size();
        long episodes = first.message().children().stream().mapToLong(c -> c.cinDetails().size()).sum();
        long errors = problems.stream().filter(p -> p.type() == RuleType.ERROR).count();
        notes.add(String.format(Locale.ROOT, "Census export, %s year (%s): %d children, %d episodes, %d unexportable; "
                        + "%d rules found %d errors and %d queries.", year.label(), "to " + year.referenceDate(), children,
                episodes, first.unexportable().size(), validation.rules().size(), errors, problems.size() - errors));
        notes.add(String.format(Locale.ROOT, "Census export + validation: first run %.2f s (export %.2f s, validation %.2f s); "
                        + "best of %d warm runs %.2f s (export %.2f s, validation %.2f s).",
                coldExport + coldValidate, coldExport, coldValidate, RUNS, bestExport + bestValidate, bestExport, bestValidate));
        notes.add(String.format(Locale.ROOT, "Census export heap: %d MB in use before, peak %d MB during the first export and "
                        + "validation, %d MB over all %d (max heap %d MB; peaks include garbage not yet collected).",
                mb(heapBefore), mb(coldPeak), mb(warmPeak), RUNS + 1, mb(Runtime.getRuntime().maxMemory())));
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of each heap pool's peak: at most what the heap held at its fullest, an upper bound. */
    private static long heapPeak() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }
}

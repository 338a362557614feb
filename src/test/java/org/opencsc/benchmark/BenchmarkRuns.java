package org.opencsc.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.opencsc.demo.CouncilGenerator;

/** What a large-council benchmark does around its measurements: the council's size, users at once, the table written. */
final class BenchmarkRuns {

    private BenchmarkRuns() {
    }

    /** The large council, or -Dbenchmark.families=N families of it for a smoke run. */
    static CouncilGenerator.Size size() {
        CouncilGenerator.Size large = CouncilGenerator.Size.LARGE;
        int families = Integer.getInteger("benchmark.families", large.families());
        return families == large.families() ? large : new CouncilGenerator.Size(families, large.years(), large.teamsPerLocality(),
                large.workersPerTeam(), large.openCaseShare(), large.dutyQueue(), large.longHistories(), large.seed());
    }

    /** Each session gets the page {@code perUser} times, all sessions at once; a failed request goes in {@code problems}. */
    static Latencies atOnce(String label, List<WebSession> sessions, String path, int perUser, List<String> problems)
            throws InterruptedException {
        Latencies all = new Latencies(label);
        try (ExecutorService pool = Executors.newFixedThreadPool(sessions.size())) {
            List<Future<Latencies>> runs = new ArrayList<>();
            for (WebSession s : sessions) {
                runs.add(pool.submit(() -> {
                    Latencies mine = new Latencies("user");
                    for (int i = 0; i < perUser; i++) {
                        long at = System.nanoTime();
                        WebSession.Response r = s.get(path);
                        mine.add(System.nanoTime() - at);
                        synchronized (problems) {
                            expectOk(r, path, problems);
                        }
                    }
                    return mine;
                }));
            }
            for (Future<Latencies> run : runs) {
                try {
                    all.addAll(run.get());
                } catch (ExecutionException e) {
                    problems.add("concurrent user failed: " + e.getCause());
                }
            }
        }
        return all;
    }

    static void expectOk(WebSession.Response r, String what, List<String> problems) {
        if (r.status() != 200 && problems.size() < 20) {
            problems.add(what + ": HTTP " + r.status());
        }
    }

    /** The notes and the table, printed and written to {@code results}. */
    static void report(Path results, List<String> notes, List<Latencies> measured, List<String> problems) throws IOException {
        List<String> lines = new ArrayList<>(notes);
        lines.add(Latencies.header());
        measured.forEach(l -> lines.add(l.row()));
        lines.add(problems.isEmpty() ? "No failed requests" : "Problems: " + problems);
        lines.forEach(System.out::println);
        Files.createDirectories(results.getParent());
        Files.write(results, lines);
    }
}

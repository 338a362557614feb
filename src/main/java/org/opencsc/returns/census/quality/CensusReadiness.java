package org.opencsc.returns.census.quality;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.opencsc.returns.census.CensusYear;
import org.opencsc.returns.census.export.CensusExport;
import org.opencsc.returns.census.export.ExportResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The whole council's census readiness, worked out from a full export and validation (seconds
 * for a large council) at most once per {@code opencsc.census.readiness-ttl} (5 minutes), not on
 * every leader's page view. Once it is older than that, the next view still gets the figures it
 * has, with their time, and starts one refresh in the background; only the very first view (or a
 * new collection year) waits for them.
 */
@Service
public class CensusReadiness {

    private static final Logger log = LoggerFactory.getLogger(CensusReadiness.class);

    private final CensusExport export;
    private final CensusQuality quality;
    private final HeldChildren held;
    private final Clock clock;
    private final Duration timeToLive;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Readiness latest;

    CensusReadiness(CensusExport export, CensusQuality quality, HeldChildren held, Clock clock,
                    @Value("${opencsc.census.readiness-ttl:PT5M}") Duration timeToLive) {
        this.export = export;
        this.quality = quality;
        this.held = held;
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    /** The figures of the current year, at most the time-to-live old (or being refreshed). */
    public Readiness current() {
        CensusYear year = quality.currentYear();
        Readiness known = latest;
        if (known == null || !known.year().equals(year)) {
            synchronized (this) {
                known = latest;
                if (known == null || !known.year().equals(year)) {
                    latest = known = compute(year);
                }
            }
        } else if (known.asOf().plus(timeToLive).isBefore(clock.instant()) && refreshing.compareAndSet(false, true)) {
            Thread.ofVirtual().name("census-readiness").start(() -> {
                try {
                    latest = compute(year);
                } catch (RuntimeException e) {
                    log.warn("The census readiness could not be refreshed; the figures of {} stay", latest.asOf(), e);
                } finally {
                    refreshing.set(false);
                }
            });
        }
        return known;
    }

    Readiness compute(CensusYear year) {
        long started = System.nanoTime();
        Instant asOf = clock.instant();
        ExportResult result = export.export(year);
        List<ChildProblem> problems = quality.problemsOf(result, year);
        Map<Long, String> teamOf = held.teamOfEveryChild();

        Map<String, List<ChildProblem>> byCode = problems.stream().collect(Collectors.groupingBy(ChildProblem::code));
        List<Readiness.ByRule> byRule = new ArrayList<>();
        byCode.forEach((code, list) -> byRule.add(new Readiness.ByRule(code, list.getFirst().type(), list.getFirst().dfeMessage(),
                list.size(), list.stream().map(ChildProblem::personId).distinct().count())));
        byRule.sort(Comparator.comparing(Readiness.ByRule::type).thenComparing(Readiness.ByRule::problems, Comparator.reverseOrder())
                .thenComparing(Readiness.ByRule::code));

        Set<Long> inCensus = new HashSet<>();
        result.message().children().forEach(c -> inCensus.add(c.personId()));
        result.unexportable().forEach(u -> inCensus.add(u.personId()));
        Map<String, long[]> teams = new HashMap<>(); // children, errors, queries
        for (Long child : inCensus) {
            teams.computeIfAbsent(teamOf.get(child), t -> new long[3])[0]++;
        }
        for (ChildProblem p : problems) {
            teams.computeIfAbsent(teamOf.get(p.personId()), t -> new long[3])[p.error() ? 1 : 2]++;
        }
        List<Readiness.ByTeam> byTeam = new ArrayList<>();
        teams.forEach((team, n) -> byTeam.add(new Readiness.ByTeam(team, n[0], n[1], n[2])));
        // Teams by name, the unallocated children last.
        byTeam.sort(Comparator.comparing(Readiness.ByTeam::team, Comparator.nullsLast(Comparator.naturalOrder())));

        long errors = problems.stream().filter(ChildProblem::error).count();
        return new Readiness(year, asOf, inCensus.size(), result.unexportable().size(), errors, problems.size() - errors,
                List.copyOf(byRule), List.copyOf(byTeam), Duration.ofNanos(System.nanoTime() - started).toMillis());
    }
}

package org.opencsc.performance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.opencsc.platform.time.LondonTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Every figure's answer per filter (period, teams, today), kept for {@code opencsc.performance.ttl}
 * (5 minutes by default) so a dashboard is not a dozen queries over the whole council on every
 * view. Bounded: the {@value #MAX_ENTRIES} filters used last are kept. The default views (the
 * whole council and each service area, over the 12 months to today) are worked out in the
 * background after start-up and again before they expire, so their viewers never wait; any other
 * filter is worked out by its first viewer, once however many ask at the same time.
 *
 * <p>A time-to-live of zero keeps nothing (every view counts afresh) and precomputes nothing: the
 * tests run so, and never see figures older than what they recorded.
 *
 * <p>Figures are counted outside any transaction: each figure's query takes a pooled connection
 * and gives it back, so no thread waits for a second connection while holding one.
 */
@Service
public class FigureCache {

    static final int MAX_ENTRIES = 64;

    private static final Logger log = LoggerFactory.getLogger(FigureCache.class);

    private final Figures figures;
    private final CouncilTeams teams;
    private final Clock clock;
    private final Duration timeToLive;
    private final boolean precompute;
    private final Map<FigureQuery, ComputedFigures> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<FigureQuery, ComputedFigures> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private final Map<FigureQuery, CompletableFuture<ComputedFigures>> inFlight = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService refresher;

    FigureCache(Figures figures, CouncilTeams teams, Clock clock,
                @Value("${opencsc.performance.ttl:PT5M}") Duration timeToLive,
                @Value("${opencsc.performance.precompute:true}") boolean precompute) {
        this.figures = figures;
        this.teams = teams;
        this.clock = clock;
        this.timeToLive = timeToLive;
        this.precompute = precompute;
    }

    /** Every figure for the query, at most the time-to-live old. */
    public ComputedFigures get(FigureQuery query) {
        if (timeToLive.isZero() || timeToLive.isNegative()) {
            return compute(query);
        }
        FigureQuery key = normalised(query);
        ComputedFigures known = cached(key);
        if (known != null && fresh(known)) {
            return known;
        }
        CompletableFuture<ComputedFigures> mine = new CompletableFuture<>();
        CompletableFuture<ComputedFigures> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return join(running);
        }
        try {
            ComputedFigures computed = compute(key);
            put(key, computed);
            mine.complete(computed);
            return computed;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /**
     * One figure's answer: from the answers kept, while fresh, else counted for this figure alone
     * (and not kept: a drill-down should not cost the whole dashboard).
     */
    public ComputedFigures get(FigureQuery query, Figure figure) {
        if (timeToLive.isPositive()) {
            ComputedFigures known = cached(normalised(query));
            if (known != null && fresh(known) && known.byKey().containsKey(figure.key())) {
                return new ComputedFigures(known.query(), known.asOf(), Map.of(figure.key(), known.of(figure)));
            }
        }
        Instant asOf = clock.instant();
        return new ComputedFigures(query, asOf, Map.of(figure.key(), figure.compute(query)));
    }

    /** The same query however its teams were listed (order, repeats). */
    static FigureQuery normalised(FigureQuery query) {
        return new FigureQuery(query.period(), query.today(), query.teamIds().stream().distinct().sorted().toList());
    }

    private synchronized ComputedFigures cached(FigureQuery key) {
        return entries.get(key);
    }

    private synchronized void put(FigureQuery key, ComputedFigures computed) {
        entries.put(key, computed);
    }

    /** Forgets every answer (a benchmark measuring the first view, or data loaded in bulk). */
    public synchronized void clear() {
        entries.clear();
    }

    synchronized int size() {
        return entries.size();
    }

    private boolean fresh(ComputedFigures known) {
        return known.asOf().plus(timeToLive).isAfter(clock.instant());
    }

    private static ComputedFigures join(CompletableFuture<ComputedFigures> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    ComputedFigures compute(FigureQuery query) {
        Instant asOf = clock.instant();
        Map<String, FigureResult> results = new LinkedHashMap<>();
        for (Figure figure : figures.all()) {
            results.put(figure.key(), figure.compute(query));
        }
        return new ComputedFigures(query, asOf, results);
    }

    /** The views most viewers open: the whole council and each service area, over the 12 months to today. */
    public List<FigureQuery> defaultViews() {
        var today = LondonTime.today(clock);
        Period period = Period.twelveMonthsTo(today);
        List<FigureQuery> views = new ArrayList<>();
        views.add(FigureQuery.council(period, today));
        teams.byServiceArea().values().forEach(area ->
                views.add(new FigureQuery(period, today, area.stream().map(CouncilTeams.Team::id).toList())));
        return views;
    }

    /** Works out the default views afresh and keeps them: run in the background, before the last ones expire. */
    public void refreshDefaultViews() {
        for (FigureQuery view : defaultViews()) {
            FigureQuery key = normalised(view);
            put(key, compute(key));
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void startRefreshing() {
        if (!precompute || timeToLive.isZero() || timeToLive.isNegative()) {
            return;
        }
        // Again at three quarters of the time-to-live, so a default view is replaced before it expires.
        long every = Math.max(1_000, timeToLive.toMillis() * 3 / 4);
        refresher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("performance-figures").daemon().factory());
        refresher.scheduleAtFixedRate(() -> {
            try {
                long started = System.nanoTime();
                refreshDefaultViews();
                log.info("Default performance views worked out in {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("The default performance views could not be worked out; they are counted when asked for", e);
            }
        }, 0, every, TimeUnit.MILLISECONDS);
    }

    @jakarta.annotation.PreDestroy
    void stopRefreshing() {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }
}

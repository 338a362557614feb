package org.opencsc.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cache of computed figures on its own: kept for the time-to-live, per filter, bounded, counted once however many ask. */
class FigureCacheTest {

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        volatile Instant now = Instant.parse("2026-06-15T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/London");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Counts how often it is computed; answers one row per computation so far (so a recount shows). */
    static final class CountingFigure implements Figure {
        final AtomicInteger computed = new AtomicInteger();
        volatile CountDownLatch hold;

        public String key() {
            return "counting";
        }

        public FigureGroup group() {
            return FigureGroup.FRONT_DOOR;
        }

        public int order() {
            return 1;
        }

        public String label() {
            return "Counting";
        }

        public String definition() {
            return "How often it was counted";
        }

        public Boolean higherIsBetter() {
            return null;
        }

        public FigureResult compute(FigureQuery query) {
            int n = computed.incrementAndGet();
            CountDownLatch h = hold;
            if (h != null) {
                try {
                    h.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            List<FigureRow> rows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                rows.add(new FigureRow(i, query.today(), "row", true, null));
            }
            return FigureResult.count(rows);
        }
    }

    final MovingClock clock = new MovingClock();
    final CountingFigure figure = new CountingFigure();
    final LocalDate today = LocalDate.of(2026, 6, 15);

    FigureCache cache(Duration ttl) {
        return new FigureCache(new Figures(List.of(figure)), null, clock, ttl, false);
    }

    FigureQuery teams(Long... ids) {
        return new FigureQuery(Period.twelveMonthsTo(today), today, List.of(ids));
    }

    @Test
    void anAnswerIsKeptForTheTimeToLiveThenCountedAgain() {
        FigureCache cache = cache(Duration.ofMinutes(5));
        ComputedFigures first = cache.get(teams(1L));
        assertThat(first.of(figure).count()).isEqualTo(1);
        clock.now = clock.now.plus(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(cache.get(teams(1L)).asOf()).isEqualTo(first.asOf());
        assertThat(figure.computed).hasValue(1);
        clock.now = clock.now.plusSeconds(1);
        ComputedFigures again = cache.get(teams(1L));
        assertThat(figure.computed).hasValue(2);
        assertThat(again.of(figure).count()).isEqualTo(2);
        assertThat(again.asOf()).isEqualTo(clock.now);
    }

    @Test
    void eachFilterHasItsOwnAnswerWhateverTheOrderOfItsTeams() {
        FigureCache cache = cache(Duration.ofMinutes(5));
        cache.get(teams(2L, 1L));
        cache.get(teams(1L, 2L, 2L));
        assertThat(figure.computed).hasValue(1);
        cache.get(teams(1L));
        cache.get(teams());
        cache.get(new FigureQuery(new Period(today.minusDays(7), today), today, List.of(1L, 2L)));
        assertThat(figure.computed).hasValue(4);
    }

    @Test
    void aTimeToLiveOfZeroKeepsNothing() {
        FigureCache cache = cache(Duration.ZERO);
        cache.get(teams(1L));
        cache.get(teams(1L));
        assertThat(figure.computed).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void onlyTheFiltersUsedLastAreKept() {
        FigureCache cache = cache(Duration.ofMinutes(5));
        for (long team = 1; team <= FigureCache.MAX_ENTRIES + 10; team++) {
            cache.get(teams(team));
        }
        assertThat(cache.size()).isEqualTo(FigureCache.MAX_ENTRIES);
        int before = figure.computed.get();
        cache.get(teams((long) FigureCache.MAX_ENTRIES + 10)); // kept: among the last used
        assertThat(figure.computed).hasValue(before);
        cache.get(teams(1L)); // the oldest: dropped, so counted again
        assertThat(figure.computed).hasValue(before + 1);
    }

    @Test
    void manyViewersAskingAtOnceAreCountedForOnce() throws Exception {
        FigureCache cache = cache(Duration.ofMinutes(5));
        figure.hold = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Future<ComputedFigures>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> cache.get(teams(7L))));
            }
            Thread.sleep(300);
            figure.hold.countDown();
            for (Future<ComputedFigures> a : answers) {
                assertThat(a.get().of(figure).count()).isEqualTo(1);
            }
        }
        assertThat(figure.computed).hasValue(1);
    }

    @Test
    void oneFigureIsTakenFromAFreshAnswerOrCountedAloneWithoutBeingKept() {
        FigureCache cache = cache(Duration.ofMinutes(5));
        assertThat(cache.get(teams(3L), figure).of(figure).count()).isEqualTo(1);
        assertThat(cache.size()).isZero();
        cache.get(teams(3L));
        assertThat(figure.computed).hasValue(2);
        assertThat(cache.get(teams(3L), figure).of(figure).count()).isEqualTo(2);
        assertThat(figure.computed).hasValue(2);
    }
}

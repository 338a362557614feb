package org.opencsc.protection.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.opencsc.episode.ClosureReason;
import org.opencsc.episode.EpisodeClosure;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A closed case takes no new strategy discussion (so no Section 47 enquiry, conference or plan
 * in no episode): refused on the page and the API, and a discussion sent at the moment the case
 * closes either waits for the closure and is refused, or goes first and the closure is refused
 * because its enquiry is unfinished. Never both. The duty worker sends it: the allocated worker's
 * allocation ends with the case, so they would be refused for that reason instead.
 */
@IntegrationTest
class ClosedCaseTakesNoStrategyDiscussionTest {

    @Autowired
    ProtectionJourney journey;
    @Autowired
    StrategyDiscussions discussions;
    @Autowired
    EpisodeClosure closure;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;

    private StrategyDiscussionInput discussionOn(long referral, LocalDate held) {
        return new StrategyDiscussionInput(referral, journey.atOrNow(held, 10), "Shared by all agencies",
                ProtectionJourney.allAgencies(), List.of(), S47Decision.START_S47, "New disclosure");
    }

    private int version(long referral) {
        return jdbc.sql("SELECT version FROM referral WHERE id = ?").params(referral).query(Integer.class).single();
    }

    private long enquiries(long child) {
        return jdbc.sql("SELECT count(*) FROM s47_enquiry WHERE person_id = ?").params(child).query(Long.class).single();
    }

    @Test
    void aClosedCaseIsRefusedOnThePageAndTheApi() {
        LocalDate today = clock.today();
        var r = journey.referredAndAllocated(today.minusDays(5));
        closure.close(r.referral(), version(r.referral()), today, ClosureReason.RC7, "Family moved away",
                journey.user("manager"), ProtectionJourney.API);

        assertThatThrownBy(() -> discussions.record(discussionOn(r.referral(), today), journey.user("duty"), ProtectionJourney.API))
                .isInstanceOf(ConflictException.class).hasMessageContaining("This case closed on")
                .hasMessageContaining("record a contact");

        PageSession duty = PageSession.signedIn(port, "duty");
        PageSession.Page form = duty.get("/referrals/" + r.referral() + "/strategy-discussion");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("This case closed on").contains("Case closed").doesNotContain("attendeeName");
        PageSession.Page sent = duty.post("/referrals/" + r.referral() + "/strategy-discussion", "_csrf", form.csrf(),
                "heldDay", String.valueOf(today.getDayOfMonth()), "heldMonth", String.valueOf(today.getMonthValue()),
                "heldYear", String.valueOf(today.getYear()), "decision", "START_S47", "decisionReason", "New disclosure");
        assertThat(sent.status()).isEqualTo(409);
        assertThat(sent.body()).contains("Nothing was saved");
        assertThat(enquiries(r.child())).isZero();
    }

    @Test
    void aDiscussionSentAsTheCaseClosesLeavesNoEnquiryInAClosedCase() throws Exception {
        LocalDate today = clock.today();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                var r = journey.referredAndAllocated(today.minusDays(5));
                int version = version(r.referral());
                CyclicBarrier together = new CyclicBarrier(2);
                List<Callable<Boolean>> both = new ArrayList<>();
                both.add(() -> {
                    together.await();
                    closure.close(r.referral(), version, today, ClosureReason.RC7, "Family moved away",
                            journey.user("manager"), ProtectionJourney.API);
                    return true;
                });
                both.add(() -> {
                    together.await();
                    discussions.record(discussionOn(r.referral(), today), journey.user("duty"), ProtectionJourney.API);
                    return true;
                });
                List<Boolean> done = new ArrayList<>();
                for (Future<Boolean> f : pool.invokeAll(both)) {
                    try {
                        done.add(f.get());
                    } catch (java.util.concurrent.ExecutionException e) {
                        done.add(false);
                    }
                }
                assertThat(done).as("exactly one of closure and discussion, round " + round).containsExactlyInAnyOrder(true, false);
                boolean closed = jdbc.sql("SELECT closure_date IS NOT NULL FROM referral WHERE id = ?").params(r.referral())
                        .query(Boolean.class).single();
                assertThat(closed).isEqualTo(done.get(0));
                assertThat(enquiries(r.child())).isEqualTo(closed ? 0 : 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

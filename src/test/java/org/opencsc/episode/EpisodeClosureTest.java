package org.opencsc.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.frontdoor.ReferralService;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.security.AccessLog;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class EpisodeClosureTest {

    private static final AccessLog.Channel API = AccessLog.Channel.API;

    @Autowired
    ProtectionJourney journey;
    @Autowired
    EpisodeClosure closure;
    @Autowired
    ReferralService referrals;
    @Autowired
    EventLog events;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void aManagerClosesTheCaseWithACensusReasonAndTheAllocationEnds() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 5, 2));
        assertThatThrownBy(() -> closure.close(r.referral(), 1, LocalDate.of(2025, 6, 30), ClosureReason.RC8, "No further action",
                journey.user("social"), API)).isInstanceOf(RecordAccessDeniedException.class);
        assertThatThrownBy(() -> closure.close(r.referral(), 1, LocalDate.of(2025, 4, 30), null, " ", journey.user("manager"), API))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).hasSize(3));

        closure.close(r.referral(), 1, LocalDate.of(2025, 6, 30), ClosureReason.RC8,
                "Assessment found no need for services; mum told by letter", journey.user("manager"), API);
        var closed = referrals.find(r.referral());
        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(closed.closureReason()).isEqualTo("RC8");
        assertThat(jdbc.sql("SELECT count(*) FROM allocation WHERE person_id = ? AND end_date IS NULL").params(r.child())
                .query(Long.class).single()).isZero();
        assertThat(events.chronology(List.of(r.child()), ChronologyFilter.latest(30)))
                .anySatisfy(e -> assertThat(e.summary()).isEqualTo("Case closed: RC8 Case closed after assessment, no further action"));
        assertThatThrownBy(() -> closure.close(r.referral(), closed.version(), LocalDate.of(2025, 7, 1), ClosureReason.RC7, "again",
                journey.user("manager"), API)).isInstanceOf(ConflictException.class).hasMessageContaining("closed on 30 June 2025");
    }

    @Test
    void noClosureWhileAChildProtectionPlanIsOpen() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 5, 2));
        journey.onAPlan(r, LocalDate.of(2025, 5, 6), LocalDate.of(2025, 5, 23));
        assertThatThrownBy(() -> closure.close(r.referral(), 1, LocalDate.of(2025, 6, 30), ClosureReason.RC7, "Progress made",
                journey.user("manager"), API)).isInstanceOf(ValidationException.class).hasMessageContaining("open child protection plan");
        assertThat(referrals.find(r.referral()).closedOn()).isNull();
    }

    @Test
    void overTheApi() {
        var r = journey.referredAndAllocated(LocalDate.of(2025, 5, 2));
        Api manager = new Api(port, "manager");
        Api.Response bad = manager.post("/api/v1/referrals/" + r.referral() + "/closure", "{\"reason\": \"RC99\", \"closedOn\": \"soon\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("version").contains("reason").contains("closedOn");
        Api.Response ok = manager.post("/api/v1/referrals/" + r.referral() + "/closure",
                "{\"version\": 1, \"reason\": \"RC9\", \"closedOn\": \"2025-06-02\", \"why\": \"Stepped down to the family hub\"}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("closureReason").asString()).isEqualTo("RC9");
    }
}

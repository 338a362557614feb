package org.opencsc.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A worker whose ASYE flag was never cleared, two years after starting, is not newly qualified
 * anywhere: supervision is monthly, the caseload limit is the standard one, the workforce record
 * says so; one still in their year is newly qualified everywhere.
 */
@IntegrationTest
class AsyeEverywhereTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;

    @Test
    void aForgottenFlagLapsesForSupervisionAllocationAndTheWorkforceRecordAlike() {
        LocalDate today = clock.today();
        Workers workers = new Workers(jdbc);
        Workers.Worker lapsed = workers.socialWorker(SupervisionTest.NORTH, true, today.minusYears(2));
        Workers.Worker current = workers.socialWorker(SupervisionTest.NORTH, true, today.minusMonths(3));
        long north = workers.teamId(SupervisionTest.NORTH);

        JsonNode due = new Api(port, "manager").get("/api/v1/supervision/due?teamId=" + north).json();
        assertThat(row(due, lapsed.id()).get("intervalDays").asInt()).isEqualTo(28);
        assertThat(row(due, lapsed.id()).get("newlyQualified").asBoolean()).isFalse();
        assertThat(row(due, current.id()).get("intervalDays").asInt()).isEqualTo(14);

        JsonNode caseloads = new Api(port, "manager").get("/api/v1/workers/caseloads").json();
        assertThat(row(caseloads, lapsed.id()).get("newlyQualified").asBoolean()).isFalse();
        assertThat(row(caseloads, lapsed.id()).get("caseloadLimit").asInt()).isEqualTo(18);
        assertThat(row(caseloads, current.id()).get("newlyQualified").asBoolean()).isTrue();
        assertThat(row(caseloads, current.id()).get("caseloadLimit").asInt()).isEqualTo(12);

        JsonNode record = new Api(port, "leader").get("/api/v1/workforce/staff/" + lapsed.id()).json();
        assertThat(record.get("asye").asBoolean()).as("the flag as recorded").isTrue();
        assertThat(record.get("newlyQualified").asBoolean()).isFalse();
        assertThat(record.get("asyeLastDay").asString()).isEqualTo(today.minusYears(1).minusDays(1).toString());
    }

    private static JsonNode row(JsonNode list, long workerId) {
        return list.valueStream().filter(n -> n.get("workerId") != null && n.get("workerId").asLong() == workerId).findFirst().orElseThrow();
    }
}

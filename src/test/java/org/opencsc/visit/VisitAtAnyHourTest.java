package org.opencsc.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.chronology.ChronologyEntry;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.platform.web.Dates;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.Api;
import org.opencsc.support.AtAwkwardTimes;
import org.opencsc.support.ClockTimes;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A visit today, on the page (today's date offered, the time optional) and in the API, at the
 * awkward hours: a date without a time is a London date, never "in the future" on its own day,
 * and the visit sits in the chronology at the moment it was recorded (it was noon, so a morning
 * visit sat in the future).
 */
@IntegrationTest
class VisitAtAnyHourTest {

    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Autowired
    TestClock clock;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    EventLog events;
    @LocalServerPort
    int port;

    private static String visit(LocalDate on, String time, long child) {
        return """
                {"visitedOn": "%s", "visitedTime": %s, "visitorRole": "SOCIAL_WORKER", "visitType": "STATUTORY",
                 "place": "HOME", "children": [{"personId": %d, "seen": true, "seenAlone": true}]}
                """.formatted(on, time == null ? "null" : "\"" + time + "\"", child);
    }

    private List<ChronologyEntry> visitsOnChronology(long child) {
        return events.chronology(List.of(child), ChronologyFilter.latest(50)).stream()
                .filter(e -> e.type() == EventType.CHILD_VISIT).toList();
    }

    @AtAwkwardTimes
    void thePageSavesAVisitTodayWithoutATime(ZonedDateTime at) {
        clock.set(at);
        long kai = journey.referredAndAllocated(at.toLocalDate().minusDays(20)).child();
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page form = social.get("/visits/new?childId=" + kai);
        assertThat(form.inputValue("visitedOnDay")).isEqualTo(String.valueOf(at.getDayOfMonth()));
        PageSession.Page saved = social.post("/visits?childId=" + kai, "_csrf", form.csrf(),
                "visitedOnDay", form.inputValue("visitedOnDay"), "visitedOnMonth", form.inputValue("visitedOnMonth"),
                "visitedOnYear", form.inputValue("visitedOnYear"), "visitedTime", "", "visitor", "Sam Social",
                "visitorRole", "SOCIAL_WORKER", "visitType", "STATUTORY", "place", "HOME",
                "child-" + kai + "-include", "yes", "child-" + kai + "-seen", "yes", "child-" + kai + "-seenAlone", "yes");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(social.get("/people/" + kai + "/visits").body()).contains(Dates.govuk(at.toLocalDate()) + " (seen alone)");
        assertThat(visitsOnChronology(kai)).singleElement()
                .satisfies(e -> assertThat(e.occurredAt()).isBetween(at.toInstant(), clock.instant()));
    }

    @AtAwkwardTimes
    void theApiTakesTodayAndAMinuteAgoAndRefusesTomorrowAndATimeToCome(ZonedDateTime at) {
        clock.set(at);
        LocalDate today = at.toLocalDate();
        long kai = journey.referredAndAllocated(today.minusDays(20)).child();
        Api social = new Api(port, "social");

        Api.Response noTime = social.post("/api/v1/visits", visit(today, null, kai));
        assertThat(noTime.status()).as(noTime.body()).isEqualTo(201);
        Api.Response tomorrow = social.post("/api/v1/visits", visit(today.plusDays(1), null, kai));
        assertThat(tomorrow.status()).isEqualTo(400);
        assertThat(tomorrow.body()).contains("visitedOn").contains("the date cannot be in the future");

        ZonedDateTime before = at.minusMinutes(1);
        ZonedDateTime later = at.plusMinutes(10);
        if (before.toLocalDate().equals(today) && !ClockTimes.clockChanges().toList().contains(at)) {
            Api.Response justPast = social.post("/api/v1/visits", visit(today, before.format(HH_MM), kai));
            assertThat(justPast.status()).as(justPast.body()).isEqualTo(201);
            Api.Response toCome = social.post("/api/v1/visits", visit(today, later.format(HH_MM), kai));
            assertThat(toCome.status()).isEqualTo(400);
            assertThat(toCome.body()).contains("visitedTime").contains("the time cannot be later than now");
        }
        for (ChronologyEntry e : visitsOnChronology(kai)) {
            assertThat(e.occurredAt()).isBeforeOrEqualTo(clock.instant());
        }
        assertThat(social.get("/api/v1/people/" + kai + "/visits").json().path("lastSeenOn").asString())
                .isEqualTo(today.toString());
    }

    @Test
    void aTimeTheClocksSkippedIsRefused() {
        clock.set(ClockTimes.CLOCKS_GO_FORWARD.atTime(2, 30).atZone(org.opencsc.platform.time.LondonTime.ZONE));
        long kai = journey.referredAndAllocated(ClockTimes.CLOCKS_GO_FORWARD.minusDays(20)).child();
        Api.Response r = new Api(port, "social").post("/api/v1/visits", visit(ClockTimes.CLOCKS_GO_FORWARD, "01:30", kai));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("visitedTime").contains("There was no 01:30 on 28 March 2027");
    }
}

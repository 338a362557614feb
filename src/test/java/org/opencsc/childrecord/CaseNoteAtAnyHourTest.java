package org.opencsc.childrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.chronology.ChronologyEntry;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.person.PersonService;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Api;
import org.opencsc.support.AtAwkwardTimes;
import org.opencsc.support.ClockTimes;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A case note for today, on the page (which offers today's date and an optional time) and in
 * the API, at the hours where a date and an instant disagree. Before, a blank time was taken
 * as noon, so today's date was "in the future" every morning.
 */
@IntegrationTest
class CaseNoteAtAnyHourTest {

    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Autowired
    TestClock clock;
    @Autowired
    PersonService personService;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventLog events;
    @LocalServerPort
    int port;

    Fixtures fixtures;
    PageSession duty;

    @BeforeEach
    void signIn() {
        fixtures = new Fixtures(personService, users, jdbc);
        duty = PageSession.signedIn(port, "duty");
    }

    private long child() {
        return fixtures.child("Noor", Fixtures.uniqueSurname("Hour"), LocalDate.of(2016, 4, 9));
    }

    /** Posts the case note form as the page offers it, with {@code day} and {@code time} as typed. */
    private PageSession.Page post(long child, LocalDate day, String time, String summary) {
        PageSession.Page form = duty.get("/people/" + child + "/case-notes/new");
        assertThat(form.status()).isEqualTo(200);
        return duty.post("/people/" + child + "/case-notes", "_csrf", form.csrf(), "noteType", "VISIT",
                "occurredDay", String.valueOf(day.getDayOfMonth()), "occurredMonth", String.valueOf(day.getMonthValue()),
                "occurredYear", String.valueOf(day.getYear()), "occurredTime", time, "summary", summary,
                "text", "Seen at home with mum.");
    }

    private ChronologyEntry entry(long child, String summary) {
        List<ChronologyEntry> found = events.chronology(List.of(child), ChronologyFilter.latest(20)).stream()
                .filter(e -> e.summary().equals(summary)).toList();
        assertThat(found).as("entries \"%s\"", summary).hasSize(1);
        return found.getFirst();
    }

    @AtAwkwardTimes
    void thePageOffersTodayAndSavesItWithoutATime(ZonedDateTime at) {
        clock.set(at);
        long child = child();
        PageSession.Page form = duty.get("/people/" + child + "/case-notes/new");
        assertThat(form.inputValue("occurredDay")).isEqualTo(String.valueOf(at.getDayOfMonth()));
        assertThat(form.inputValue("occurredMonth")).isEqualTo(String.valueOf(at.getMonthValue()));
        assertThat(form.inputValue("occurredYear")).isEqualTo(String.valueOf(at.getYear()));

        PageSession.Page saved = post(child, at.toLocalDate(), "", "Today, no time");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/people/" + child + "?noteAdded");

        ChronologyEntry note = entry(child, "Today, no time");
        assertThat(note.occurredAt()).as("today's date-only note sits at the moment it was recorded")
                .isBetween(at.toInstant(), clock.instant());
        assertThat(duty.get("/people/" + child).body()).contains("Today, no time");
    }

    @AtAwkwardTimes
    void thePageRefusesTomorrowAndATimeStillToComeButTakesOneJustPast(ZonedDateTime at) {
        clock.set(at);
        long child = child();
        PageSession.Page tomorrow = post(child, at.toLocalDate().plusDays(1), "", "Tomorrow");
        assertThat(tomorrow.status()).isEqualTo(200);
        assertThat(tomorrow.body()).contains("The date it happened must be today or in the past");

        // A minute ago and ten minutes on, on London's clocks; the clock-change cases have their own test.
        ZonedDateTime before = at.minusMinutes(1);
        ZonedDateTime later = at.plusMinutes(10);
        if (before.toLocalDate().equals(at.toLocalDate()) && !ClockTimes.clockChanges().toList().contains(at)) {
            PageSession.Page past = post(child, at.toLocalDate(), before.format(HH_MM), "A minute ago");
            assertThat(past.status()).as(past.body()).isEqualTo(302);
            assertThat(entry(child, "A minute ago").occurredAt()).isEqualTo(before.withSecond(0).withNano(0).toInstant());

            PageSession.Page toCome = post(child, at.toLocalDate(), later.format(HH_MM), "Ten minutes on");
            assertThat(toCome.status()).isEqualTo(200);
            assertThat(toCome.body()).contains("The time it happened must be now or earlier");
        }
        assertThat(events.chronology(List.of(child), ChronologyFilter.latest(20)))
                .noneMatch(e -> e.summary().equals("Tomorrow") || e.summary().equals("Ten minutes on"));
    }

    /** 1:30 does not exist on 28 March 2027: refused, not moved to 2:30. */
    @Test
    void aTimeTheClocksSkippedIsRefused() {
        clock.set(ClockTimes.CLOCKS_GO_FORWARD.atTime(2, 30).atZone(LondonTime.ZONE));
        long child = child();
        PageSession.Page refused = post(child, ClockTimes.CLOCKS_GO_FORWARD, "01:30", "Skipped hour");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There was no 01:30 on 28 March 2027").doesNotContain("Enter the date it happened");
        assertThat(refused.inputValue("occurredTime")).isEqualTo("01:30");
        PageSession.Page notATime = post(child, ClockTimes.CLOCKS_GO_FORWARD, "25:99", "Not a time");
        assertThat(notATime.body()).contains("Enter the time as hours and minutes").doesNotContain("Enter the date it happened");

        assertThat(post(child, ClockTimes.CLOCKS_GO_FORWARD, "00:59", "Before the change").status()).isEqualTo(302);
        assertThat(entry(child, "Before the change").occurredAt()).isEqualTo(Instant.parse("2027-03-28T00:59:00Z"));
    }

    /** 1:10 happens twice on 25 October 2026; typed, it is the first (summer time), an hour before the second. */
    @Test
    void aTimeInTheHourThatHappensTwiceIsTheFirst() {
        clock.set(ZonedDateTime.ofLocal(ClockTimes.CLOCKS_GO_BACK.atTime(1, 30), LondonTime.ZONE, ZoneOffset.UTC));
        long child = child();
        assertThat(post(child, ClockTimes.CLOCKS_GO_BACK, "01:10", "Repeated hour").status()).isEqualTo(302);
        assertThat(entry(child, "Repeated hour").occurredAt()).isEqualTo(Instant.parse("2026-10-25T00:10:00Z"));
    }

    @AtAwkwardTimes
    void theApiTakesAMomentJustPastAndRefusesOneToCome(ZonedDateTime at) {
        clock.set(at);
        long child = child();
        Api api = new Api(port, "duty");
        String path = "/api/v1/children/" + child + "/case-notes";
        String body = """
                {"type": "PHONE_CALL", "occurredAt": "%s", "summary": "%s", "text": "Called mum."}""";

        Instant justPast = clock.instant().minusSeconds(1);
        Api.Response saved = api.post(path, body.formatted(justPast, "Just past"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        // The chronology's date filter is a London date: today's note is on today's page, whatever UTC says.
        LocalDate today = at.toLocalDate();
        Api.Response onToday = api.get("/api/v1/children/" + child + "/chronology?from=" + today + "&to=" + today);
        assertThat(onToday.body()).contains("Just past");
        Api.Response onYesterday = api.get("/api/v1/children/" + child + "/chronology?from=" + today.minusDays(1)
                + "&to=" + today.minusDays(1));
        assertThat(onYesterday.body()).doesNotContain("Just past");

        Api.Response toCome = api.post(path, body.formatted(clock.instant().plus(Duration.ofMinutes(2)), "To come"));
        assertThat(toCome.status()).as(toCome.body()).isEqualTo(400);
        assertThat(toCome.body()).contains("The time it happened must be now or earlier");
        Api.Response tomorrow = api.post(path, body.formatted(
                today.plusDays(1).atTime(LocalTime.of(0, 1)).atZone(LondonTime.ZONE).toInstant(), "Tomorrow"));
        assertThat(tomorrow.status()).isEqualTo(400);
        assertThat(tomorrow.body()).contains("The date it happened must be today or in the past");
    }
}

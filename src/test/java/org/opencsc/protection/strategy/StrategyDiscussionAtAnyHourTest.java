package org.opencsc.protection.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.platform.web.Dates;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.AtAwkwardTimes;
import org.opencsc.support.ClockTimes;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A strategy discussion held today, recorded on the page with no time (the time is optional):
 * accepted at any hour, placed at the moment it was recorded, and the initial conference due
 * 15 working days from today's London date. A blank time used to be noon: refused all morning.
 */
@IntegrationTest
class StrategyDiscussionAtAnyHourTest {

    @Autowired
    TestClock clock;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    StrategyDiscussionRepository discussions;
    @Autowired
    WorkingDayCalendar calendar;
    @LocalServerPort
    int port;

    private static List<String> form(LocalDate held, String time, String csrf) {
        List<String> f = new ArrayList<>(List.of("_csrf", csrf, "heldDay", String.valueOf(held.getDayOfMonth()),
                "heldMonth", String.valueOf(held.getMonthValue()), "heldYear", String.valueOf(held.getYear()), "heldTime", time,
                "information", "Police: call-outs. Health: missed appointments.", "decision", "START_S47",
                "decisionReason", "Disclosure and bruising"));
        String[][] attendees = {{"DS Lowe", "POLICE"}, {"Nurse Patel", "HEALTH"}, {"Mrs Khan", "EDUCATION"},
                {"Sam Social", "SOCIAL_CARE"}, {"", ""}, {"", ""}};
        for (String[] a : attendees) {
            f.addAll(List.of("attendeeName", a[0], "attendeeAgency", a[1], "attendeeRole", ""));
        }
        for (int i = 0; i < StrategyDiscussionForm.ACTION_ROWS; i++) {
            f.addAll(List.of("actionText", "", "actionOwner", "", "actionDue", ""));
        }
        return f;
    }

    @AtAwkwardTimes
    void heldTodayWithNoTimeIsRecordedAtAnyHour(ZonedDateTime at) {
        clock.set(at);
        LocalDate today = at.toLocalDate();
        ProtectionJourney.Referred r = journey.referredAndAllocated(today.minusDays(3));
        PageSession social = PageSession.signedIn(port, "social");
        String path = "/referrals/" + r.referral() + "/strategy-discussion";

        PageSession.Page page = social.get(path);
        assertThat(page.inputValue("heldDay")).isEqualTo(String.valueOf(today.getDayOfMonth()));
        PageSession.Page tomorrow = social.post(path, form(today.plusDays(1), "", page.csrf()));
        assertThat(tomorrow.status()).isEqualTo(200);
        assertThat(tomorrow.body()).contains("the date cannot be in the future");
        ZonedDateTime later = at.plusMinutes(10);
        if (later.toLocalDate().equals(today) && !ClockTimes.clockChanges().toList().contains(at)) {
            PageSession.Page toCome = social.post(path, form(today, later.format(DateTimeFormatter.ofPattern("HH:mm")), page.csrf()));
            assertThat(toCome.status()).isEqualTo(200);
            assertThat(toCome.body()).contains("the time cannot be later than now");
        }

        PageSession.Page saved = social.post(path, form(today, "", page.csrf()));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        long id = Long.parseLong(saved.location().replaceAll(".*/strategy-discussions/(\\d+).*", "$1"));
        StrategyDiscussion d = discussions.find(id).orElseThrow();
        assertThat(d.heldAt()).isBetween(at.toInstant(), clock.instant());
        assertThat(d.icpcDueOn()).isEqualTo(calendar.addWorkingDays(today, StrategyDiscussions.ICPC_WORKING_DAYS));
        assertThat(social.get(saved.location().replaceFirst("^https?://[^/]+", "")).body())
                .contains("initial child protection conference due by " + Dates.govuk(d.icpcDueOn()));
    }
}

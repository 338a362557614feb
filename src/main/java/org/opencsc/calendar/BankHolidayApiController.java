package org.opencsc.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ApiController;
import org.opencsc.security.CurrentUsers;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The bank holiday calendar over JSON. Updates take the GOV.UK bank holidays feed's shape
 * ({"england-and-wales": {"events": [{"title": ..., "date": "2027-..."}]}}), so an
 * administrator can post that file as published; other divisions are ignored.
 */
@ApiController("/api/v1/calendar")
class BankHolidayApiController {

    private final WorkingDayCalendar calendar;
    private final CurrentUsers currentUsers;

    BankHolidayApiController(WorkingDayCalendar calendar, CurrentUsers currentUsers) {
        this.calendar = calendar;
        this.currentUsers = currentUsers;
    }


    record Division(String division, List<Event> events) {
    }

    record Event(String title, String date) {
    }

    @GetMapping("/bank-holidays")
    Map<String, Object> holidays() {
        return Map.of("coveredUntil", calendar.coveredUntil(), "holidays", calendar.holidays());
    }

    /** Working days from a date: {@code ?from=2026-12-24&add=1} and/or {@code &to=2027-01-04}. */
    @GetMapping("/working-days")
    Map<String, Object> workingDays(@RequestParam String from, @RequestParam(required = false) Integer add,
                                    @RequestParam(required = false) String to) {
        Problems problems = new Problems();
        LocalDate start = DateParts.fromIso(from, "from", "from", problems);
        LocalDate end = DateParts.fromIso(to, "to", "to", problems);
        if (start == null && !problems.has("from")) {
            problems.add("from", "Give a from date");
        }
        if (add != null && (add < 0 || add > 3650)) {
            problems.add("add", "add must be between 0 and 3650");
        }
        problems.throwIfAny();
        var result = new java.util.LinkedHashMap<String, Object>();
        result.put("from", start);
        if (add != null) {
            result.put("add", add);
            result.put("date", calendar.addWorkingDays(start, add));
        }
        if (end != null) {
            result.put("to", end);
            result.put("workingDaysBetween", calendar.workingDaysBetween(start, end));
        }
        return result;
    }

    @PutMapping("/bank-holidays")
    Map<String, Object> update(@RequestBody Map<String, Division> feed) {
        if (currentUsers.current().role() != Role.ADMIN) {
            throw new RecordAccessDeniedException("Only an administrator can update the bank holiday calendar");
        }
        Division ew = feed.get("england-and-wales");
        Problems problems = new Problems();
        if (ew == null || ew.events() == null) {
            problems.add("england-and-wales", "Send the GOV.UK feed with an \"england-and-wales\" division and its events");
        }
        problems.throwIfAny();
        List<BankHoliday> holidays = new ArrayList<>();
        for (int i = 0; i < ew.events().size(); i++) {
            Event e = ew.events().get(i);
            String field = "england-and-wales.events[" + i + "]";
            LocalDate day = DateParts.fromIso(e.date(), field + ".date", "date", problems);
            if (e.title() == null || e.title().isBlank()) {
                problems.add(field + ".title", "Each holiday needs a title");
            }
            if (day != null && (day.getDayOfWeek().getValue() > 5)) {
                problems.add(field + ".date", e.date() + " is a weekend: bank holidays fall on weekdays");
            }
            if (day != null && e.title() != null && !e.title().isBlank()) {
                holidays.add(new BankHoliday(day, e.title().trim()));
            }
        }
        problems.throwIfAny();
        int changed = calendar.update(holidays);
        return Map.of("received", holidays.size(), "changed", changed, "coveredUntil", calendar.coveredUntil());
    }
}

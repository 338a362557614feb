package org.opencsc.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The access log for administrators (the URL rule allows only ADMIN): one record's entries, one
 * user's, or one user's on one record, optionally between two dates, a page at a time. The
 * administrator opens no records, so the page names no one: a record is its ID, and search terms
 * (names and dates of birth someone typed) are withheld; they stay in the log for an
 * investigation. Every reading of the log is itself logged (AUDIT).
 */
@Controller
class AccessLogController {

    static final int PAGE_SIZE = 100;

    /** The longest address kept for a reading of the log: the filters fit many times over. */
    private static final int MAX_PATH = 2000;

    /** The form as typed, kept as text so it can be shown back with its errors. */
    record Query(String personId, String username, String fromDay, String fromMonth, String fromYear, String toDay,
                 String toMonth, String toYear, String page) {

        boolean asked() {
            return !blank(personId) || !blank(username) || !blank(fromDay) || !blank(fromMonth) || !blank(fromYear)
                    || !blank(toDay) || !blank(toMonth) || !blank(toYear) || !blank(page);
        }
    }

    private final AccessLog accessLog;
    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    AccessLogController(AccessLog accessLog, JdbcClient jdbc, CurrentUsers currentUsers, Clock clock) {
        this.accessLog = accessLog;
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/admin/access-log")
    String accessLog(@ModelAttribute("query") Query query, HttpServletRequest request, Model model) {
        FormErrors errors = new FormErrors();
        model.addAttribute("errors", errors);
        if (!query.asked()) {
            return "security/access-log";
        }
        Long personId = personId(query.personId(), errors);
        String username = username(query.username(), errors);
        if (blank(query.personId()) && blank(query.username())) {
            errors.add("personId", "Enter a record ID or a username: the whole log is too long to list");
        }
        LocalDate from = date(query.fromDay(), query.fromMonth(), query.fromYear(), "from", "The first day", errors);
        LocalDate to = date(query.toDay(), query.toMonth(), query.toYear(), "to", "The last day", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("to", "The last day must be the same as or after the first day");
        }
        int page = page(query.page(), errors);
        if (!errors.isEmpty()) {
            return "security/access-log";
        }
        AccessLog.Filter filter = new AccessLog.Filter(personId, username,
                from == null ? null : from.atStartOfDay(clock.getZone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        long total = accessLog.count(filter);
        // A page past the end (an old link, an edited address) shows the last page, and says so.
        int lastPage = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page > lastPage) {
            model.addAttribute("noSuchPage", "There is no page " + page + ": the entries that match fill "
                    + (lastPage == 1 ? "one page" : lastPage + " pages") + ". This is the last of them.");
            page = lastPage;
        }
        List<AccessLog.Entry> entries = accessLog.find(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        String asked = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        accessLog.recordLogRead(currentUsers.current().username(), personId,
                asked.length() > MAX_PATH ? asked.substring(0, MAX_PATH) : asked);
        model.addAttribute("entries", entries);
        model.addAttribute("shownPersonId", personId);
        model.addAttribute("shownUsername", username);
        model.addAttribute("total", total);
        model.addAttribute("first", entries.isEmpty() ? 0 : (long) (page - 1) * PAGE_SIZE + 1);
        model.addAttribute("last", (long) (page - 1) * PAGE_SIZE + entries.size());
        model.addAttribute("previous", page > 1 ? pageLink(request, page - 1) : null);
        model.addAttribute("next", (long) page * PAGE_SIZE < total ? pageLink(request, page + 1) : null);
        return "security/access-log";
    }

    /** The same filters, another page: a relative address, as the query string was sent (already encoded). */
    private static String pageLink(HttpServletRequest request, int page) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("page", page).build().toUriString();
    }

    private Long personId(String typed, FormErrors errors) {
        if (blank(typed)) {
            return null;
        }
        Long id = WholeNumber.of(typed).orElse(null);
        if (id == null) {
            errors.add("personId", "Enter a record ID, a number like 1234");
        } else if (!jdbc.sql("SELECT EXISTS (SELECT 1 FROM person WHERE id = :id)").param("id", id).query(Boolean.class).single()) {
            errors.add("personId", "There is no record with ID " + id);
        }
        return id;
    }

    private String username(String typed, FormErrors errors) {
        if (blank(typed)) {
            return null;
        }
        String username = typed.strip();
        boolean known = username.length() <= 200 && username.chars().noneMatch(Character::isISOControl)
                && jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user WHERE lower(username) = lower(:u))")
                .param("u", username).query(Boolean.class).single();
        if (!known) {
            errors.add("username", "There is no account with that username: enter it as the user signs in, like social");
        }
        return username;
    }

    private LocalDate date(String day, String month, String year, String field, String label, FormErrors errors) {
        if (blank(day) && blank(month) && blank(year)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(datePart(year, 4), datePart(month, 2), datePart(day, 2));
            LocalDate today = LocalDate.now(clock);
            if (date.getYear() < 2000 || date.isAfter(today)) {
                errors.add(field, label + " must be a date since 2000 and not after today");
            }
            return date;
        } catch (DateTimeException e) {
            errors.add(field, label + " must be a real date, like 27 3 2026, or left blank");
            return null;
        }
    }

    private static int page(String typed, FormErrors errors) {
        if (blank(typed)) {
            return 1;
        }
        Long page = WholeNumber.of(typed).orElse(null);
        if (page != null && page >= 1 && page <= 100_000) {
            return page.intValue();
        }
        errors.add("personId", "The page number must be a whole number from 1: go back to the first page");
        return 1;
    }

    /** A day, month or year box: ASCII digits, at most as many as the part has (a blank box is not a date). */
    private static int datePart(String text, int digits) {
        return WholeNumber.of(text).filter(n -> text.strip().length() <= digits).map(Long::intValue)
                .orElseThrow(() -> new DateTimeException("‘" + text + "’ is not part of a date"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

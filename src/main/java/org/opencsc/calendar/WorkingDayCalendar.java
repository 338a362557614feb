package org.opencsc.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's working-day calendar: the bank_holiday table, held in memory because every
 * timescale on every page asks it. Reloaded whenever holidays are updated.
 */
@Service
public class WorkingDayCalendar {

    private final JdbcClient jdbc;
    private volatile WorkingDays days;
    private volatile LocalDate coveredUntil;

    WorkingDayCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
        reload();
    }

    public boolean isWorkingDay(LocalDate day) {
        return days.isWorkingDay(day);
    }

    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        return days.addWorkingDays(start, workingDays);
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return days.workingDaysBetween(from, to);
    }

    /** The calendar as it stands now, for code that counts many dates at once (the census rules). */
    public WorkingDays workingDays() {
        return days;
    }

    /** The last day of the last year the calendar has holidays for; dates after it may be wrong. */
    public LocalDate coveredUntil() {
        return coveredUntil;
    }

    public List<BankHoliday> holidays() {
        return jdbc.sql("SELECT day, title FROM bank_holiday ORDER BY day")
                .query((rs, n) -> new BankHoliday(rs.getDate("day").toLocalDate(), rs.getString("title"))).list();
    }

    /** Adds or retitles holidays (for example a newly announced one-off bank holiday). */
    @Transactional
    public int update(List<BankHoliday> holidays) {
        int changed = 0;
        for (BankHoliday h : holidays) {
            changed += jdbc.sql("""
                            INSERT INTO bank_holiday (day, title) VALUES (:day, :title)
                            ON CONFLICT (day) DO UPDATE SET title = excluded.title WHERE bank_holiday.title <> excluded.title
                            """)
                    .param("day", h.day()).param("title", h.title()).update();
        }
        reload();
        return changed;
    }

    final synchronized void reload() {
        List<BankHoliday> all = holidays();
        days = new WorkingDays(new HashSet<>(all.stream().map(BankHoliday::day).toList()));
        coveredUntil = Optional.of(all).filter(l -> !l.isEmpty())
                .map(l -> LocalDate.of(l.getLast().day().getYear(), 12, 31)).orElse(LocalDate.MIN);
    }
}

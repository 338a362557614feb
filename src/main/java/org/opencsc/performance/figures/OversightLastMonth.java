package org.opencsc.performance.figures;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.performance.Definitions;
import org.opencsc.performance.Figure;
import org.opencsc.performance.FigureGroup;
import org.opencsc.performance.FigureQuery;
import org.opencsc.performance.FigureResult;
import org.opencsc.performance.FigureRow;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.web.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Open cases with a management oversight entry in the month up to the end of the period. */
@Component
class OversightLastMonth implements Figure {

    private final JdbcClient jdbc;

    OversightLastMonth(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "oversight-last-month";
    }

    @Override
    public FigureGroup group() {
        return FigureGroup.VISITS_AND_OVERSIGHT;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String label() {
        return "Open cases with management oversight in the last month";
    }

    @Override
    public String definition() {
        return "Each child with a referral open at the end of the period and allocated to a worker, counted as overseen"
                + " when a manager recorded a management oversight entry on their record in the month up to the end of the"
                + " period: on the London date of the end, or on any day after the same date a month earlier (for a period"
                + " ending 31 May, 1 to 31 May; an entry on 30 April does not count). " + Definitions.OPEN_AT_TEXT + " "
                + Definitions.HELD_BY_TEXT;
    }

    @Override
    public Boolean higherIsBetter() {
        return true;
    }

    @Override
    public FigureResult compute(FigureQuery query) {
        LocalDate end = query.period().to();
        LocalDate monthFrom = end.minusMonths(1).plusDays(1);
        // The end of the period's last day in London, as an instant, so the index on recorded_at serves.
        Timestamp endOfDay = Timestamp.from(end.plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant());
        List<FigureRow> rows = jdbc.sql("""
                        WITH open_case AS (
                            SELECT r.person_id, min(r.referral_date) AS opened_on FROM referral r
                            WHERE %1$s AND r.worker_id IS NOT NULL
                              AND (r.allocated_at IS NULL OR (r.allocated_at AT TIME ZONE 'Europe/London')::date <= :to)
                              AND %2$s
                            GROUP BY r.person_id
                        )
                        SELECT k.person_id, k.opened_on, o.id AS oversight_id, (o.recorded_at AT TIME ZONE 'Europe/London')::date AS recorded_on
                        FROM open_case k
                        LEFT JOIN LATERAL (SELECT o.id, o.recorded_at FROM oversight o WHERE o.person_id = k.person_id
                                             AND o.recorded_at < :endOfDay ORDER BY o.recorded_at DESC, o.id DESC LIMIT 1) o ON true
                        ORDER BY k.person_id
                        """.formatted(Definitions.openAt("r.referral_date", "r.closure_date", ":to"),
                        Definitions.heldBy(query, "r.person_id", ":to")))
                .param("to", Date.valueOf(end)).param("teams", query.teamsParam()).param("endOfDay", endOfDay)
                .query((rs, n) -> {
                    Date recorded = rs.getDate("recorded_on");
                    LocalDate on = recorded == null ? null : recorded.toLocalDate();
                    boolean met = on != null && !on.isBefore(monthFrom);
                    LocalDate opened = rs.getDate("opened_on").toLocalDate();
                    return new FigureRow(rs.getLong("person_id"), on == null ? opened : on, on == null
                            ? "No management oversight recorded (open since " + Dates.govuk(opened) + ")"
                            : "Latest management oversight on " + Dates.govuk(on) + (met ? "" : ": more than a month before the end"),
                            met, on == null ? null : rs.getLong("oversight_id"));
                })
                .list();
        return FigureResult.share(rows);
    }
}

package org.opencsc.performance.figures;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.performance.Definitions;
import org.opencsc.performance.Figure;
import org.opencsc.performance.FigureGroup;
import org.opencsc.performance.FigureQuery;
import org.opencsc.performance.FigureResult;
import org.opencsc.performance.FigureRow;
import org.opencsc.platform.web.Dates;
import org.opencsc.workforce.Asye;
import org.opencsc.workforce.SupervisionFrequency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Supervision in time, seen from the children: each child allocated to a worker, by whether that
 * worker's supervision was in time. A figure's rows are children (the drill-down opens child
 * records, never staff), and a child whose worker goes unsupervised is the child the figure is
 * for; a worker with many children weighs as many.
 */
@Component
class SupervisionInTime implements Figure {

    private final JdbcClient jdbc;

    SupervisionInTime(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "supervision-in-time";
    }

    @Override
    public FigureGroup group() {
        return FigureGroup.VISITS_AND_OVERSIGHT;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String label() {
        return "Children whose worker’s supervision is in time";
    }

    @Override
    public String definition() {
        return "Each child allocated to a worker at the end of the period (the latest allocation then, when there are two),"
                + " counted as in time when that worker’s next supervision was not overdue at the end of the period: due "
                + SupervisionFrequency.intervalDays(false) + " days after their latest supervision on or before the end ("
                + SupervisionFrequency.intervalDays(true) + " days for a newly qualified worker in their assessed and"
                + " supported year at the end of the period: 12 months from the later of qualifying and starting, or as flagged when"
                + " neither date is recorded), or after they started when they had not been supervised (from the end"
                + " of the period when their start is not recorded, as the supervision pages count from today). A session on"
                + " its due day is in time. The rows are children, not staff: a worker with ten children counts ten times."
                + " " + Definitions.HELD_BY_TEXT;
    }

    @Override
    public Boolean higherIsBetter() {
        return true;
    }

    @Override
    public FigureResult compute(FigureQuery query) {
        LocalDate end = query.period().to();
        List<FigureRow> rows = jdbc.sql("""
                        WITH held AS (
                            SELECT DISTINCT ON (a.person_id) a.person_id, a.worker_id FROM allocation a
                            WHERE a.worker_id IS NOT NULL AND a.start_date <= :to AND (a.end_date IS NULL OR a.end_date >= :to)
                              AND %s
                            ORDER BY a.person_id, a.start_date DESC, a.id DESC
                        ), latest AS (
                            SELECT w.worker_id, l.id, l.held_on FROM (SELECT DISTINCT worker_id FROM held) w
                            LEFT JOIN LATERAL (SELECT s.id, s.held_on FROM supervision s WHERE s.worker_id = w.worker_id
                                                 AND s.held_on <= :to ORDER BY s.held_on DESC, s.id DESC LIMIT 1) l ON true
                        )
                        SELECT h.person_id, u.display_name, %s AS newly_qualified, u.started_on, l.id AS supervision_id, l.held_on
                        FROM held h JOIN latest l ON l.worker_id = h.worker_id JOIN app_user u ON u.id = h.worker_id
                        ORDER BY h.person_id
                        """.formatted(Definitions.heldBy(query, "a.person_id", ":to"), Asye.newlyQualifiedSql("u", ":to")))
                .param("to", Date.valueOf(end)).param("teams", query.teamsParam())
                .query((rs, n) -> {
                    boolean newlyQualified = rs.getBoolean("newly_qualified");
                    LocalDate last = date(rs.getDate("held_on"));
                    LocalDate due = SupervisionFrequency.nextDueOn(newlyQualified, last, date(rs.getDate("started_on")), end);
                    boolean inTime = !due.isBefore(end);
                    String worker = rs.getString("display_name") + (newlyQualified ? " (newly qualified)" : "");
                    return new FigureRow(rs.getLong("person_id"), due, worker + (last == null ? ": not supervised"
                            : ": last supervised on " + Dates.govuk(last)) + "; next supervision "
                            + (inTime ? "due " : "was due ") + Dates.govuk(due) + (inTime ? "" : ": overdue"),
                            inTime, (Long) rs.getObject("supervision_id"));
                })
                .list();
        return FigureResult.share(rows);
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}

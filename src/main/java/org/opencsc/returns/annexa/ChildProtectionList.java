package org.opencsc.returns.annexa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * List 7, child protection: every child protection plan open at the inspection date, and those
 * ended in the six months before it, a row for each plan.
 *
 * <p>The initial category is the initial conference's; the latest is the last review's on or
 * before the date (a census import's latest category, else the plan's, when there was none). The
 * last statutory visit is the last visit on or before the date that saw the child, with whether
 * they were seen alone at it (the visits' own rule for "seen"). The number of previous plans is
 * what a census import recorded, else the child's plans that started before this one. OpenCSC
 * records no emergency protection orders or police protection, so that column is blank rather
 * than a "No" nobody recorded.
 */
final class ChildProtectionList implements AnnexList {

    static final List<Column> COLUMNS = ChildColumns.with(ChildColumns.DISABILITY,
            Column.date("Child Protection Plan Start Date"), Column.text("Initial Category of Abuse"),
            Column.text("Latest Category of Abuse"), Column.date("Date of the Last Statutory Visit"),
            Column.text("Was the Child Seen Alone?"), Column.date("Date of latest review conference"),
            Column.date("Child Protection Plan End Date"),
            Column.text("Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)"),
            Column.number("Number of Previous Child Protection Plans"),
            Column.text("Allocated Team"), Column.text("Allocated Worker"));

    @Override
    public int number() {
        return 7;
    }

    @Override
    public String title() {
        return "Child protection";
    }

    @Override
    public String period() {
        return "Every child protection plan open at the inspection date, and those ended in the six months up to it.";
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public String sql() {
        return "WITH " + ChildColumns.HELD_AT_DATE + """

                SELECT\s""" + ChildColumns.SELECT + """
                , cp.started_on, coalesce(ic.category, cp.category) AS initial_category,
                  coalesce(review.category, cp.latest_category, cp.category) AS latest_category,
                  seen.visited_on AS last_visit, seen.seen_alone,
                  review.held_on AS last_review,
                  CASE WHEN cp.ended_on <= :date THEN cp.ended_on END AS ended_on,
                  coalesce(cp.previous_plans, (SELECT count(*) FROM cp_plan b WHERE b.person_id = cp.person_id
                                               AND (b.started_on, b.id) < (cp.started_on, cp.id))) AS previous_plans,
                  held.team, held.worker
                FROM cp_plan cp JOIN person p ON p.id = cp.person_id
                LEFT JOIN cp_conference ic ON ic.id = cp.conference_id
                LEFT JOIN LATERAL (SELECT c.held_on, c.category FROM cp_conference c
                                   WHERE c.plan_id = cp.id AND c.kind = 'REVIEW' AND c.held_on <= :date
                                   ORDER BY c.held_on DESC, c.id DESC LIMIT 1) review ON true
                LEFT JOIN LATERAL (SELECT v.visited_on, vc.seen_alone FROM visit_child vc JOIN visit v ON v.id = vc.visit_id
                                   WHERE vc.person_id = cp.person_id AND vc.seen AND v.visited_on <= :date
                                   ORDER BY v.visited_on DESC, v.visited_time DESC NULLS LAST, v.id DESC LIMIT 1) seen ON true
                LEFT JOIN held ON held.person_id = cp.person_id
                WHERE\s""" + ChildColumns.LIVE_CHILD + """
                 AND cp.started_on <= :date
                 AND (cp.ended_on IS NULL OR cp.ended_on > :after6)
                ORDER BY cp.started_on, cp.id""";
    }

    @Override
    public List<Object> values(ResultSet rs, LocalDate date) throws SQLException {
        List<Object> values = ChildColumns.common(rs, date);
        values.add(ChildColumns.disability(rs));
        values.add(ChildColumns.date(rs, "started_on"));
        values.add(AnnexCodes.category(rs.getString("initial_category")));
        values.add(AnnexCodes.category(rs.getString("latest_category")));
        values.add(ChildColumns.date(rs, "last_visit"));
        values.add(AnnexCodes.yesNo(ChildColumns.bool(rs, "seen_alone")));
        values.add(ChildColumns.date(rs, "last_review"));
        values.add(ChildColumns.date(rs, "ended_on"));
        values.add(null);
        values.add(ChildColumns.integer(rs, "previous_plans"));
        values.add(rs.getString("team"));
        values.add(rs.getString("worker"));
        return values;
    }
}

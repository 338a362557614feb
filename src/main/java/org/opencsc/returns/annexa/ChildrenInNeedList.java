package org.opencsc.returns.annexa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * List 6, children in need: every episode (a referral to its closure, as the census counts one)
 * open at the inspection date, and those closed in the six months before it, a row for each.
 * Open at the date is {@link org.opencsc.performance.Definitions#OPEN_AT_TEXT}: an episode closed
 * on the date is closed.
 *
 * <p>"Case Status" is the first that holds at the date: a child protection plan open, a child in
 * need plan open, an assessment of this referral not yet authorised, the episode closed (OpenCSC
 * has no looked-after children yet, so never "a) Looked after child"); an open episode with none
 * of these (a referral awaiting its assessment) is left blank rather than given a status it has
 * not. "Date Child Was Last Seen" is the last visit on or before the date at which the child was
 * seen.
 */
final class ChildrenInNeedList implements AnnexList {

    static final List<Column> COLUMNS = ChildColumns.with(ChildColumns.DISABILITY, Column.date("CIN Start Date"),
            Column.text("Primary Need Code"), Column.date("Date Child Was Last Seen"), Column.date("CIN Closure Date"),
            Column.text("Reason for Closure"), Column.text("Case Status"),
            Column.text("Allocated Team"), Column.text("Allocated Worker"));

    @Override
    public int number() {
        return 6;
    }

    @Override
    public String title() {
        return "Children in need";
    }

    @Override
    public String period() {
        return "Every child in need episode open at the inspection date, and those closed in the six months up to it.";
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public String sql() {
        return "WITH " + ChildColumns.HELD_AT_DATE + """

                SELECT\s""" + ChildColumns.SELECT + """
                , r.referral_date, r.primary_need_code,
                  CASE WHEN r.closure_date <= :date THEN r.closure_date END AS closure_date,
                  CASE WHEN r.closure_date <= :date THEN r.closure_reason END AS closure_reason,
                  (SELECT max(v.visited_on) FROM visit_child vc JOIN visit v ON v.id = vc.visit_id
                   WHERE vc.person_id = r.person_id AND vc.seen AND v.visited_on <= :date) AS last_seen,
                  CASE
                    WHEN r.closure_date <= :date THEN 'e) Closed episode'
                    WHEN EXISTS (SELECT 1 FROM cp_plan cp WHERE cp.person_id = r.person_id
                                 AND cp.started_on <= :date AND (cp.ended_on IS NULL OR cp.ended_on > :date))
                      THEN 'b) Child Protection plan'
                    WHEN EXISTS (SELECT 1 FROM child_plan cin WHERE cin.person_id = r.person_id AND cin.kind = 'CIN'
                                 AND cin.started_on <= :date AND (cin.ended_on IS NULL OR cin.ended_on > :date))
                      THEN 'c) Child in need plan'
                    WHEN EXISTS (SELECT 1 FROM single_assessment a WHERE a.referral_id = r.id
                                 AND a.started_on <= :date AND (a.authorised_on IS NULL OR a.authorised_on > :date))
                      THEN 'd) Open assessment'
                  END AS case_status,
                  held.team, held.worker
                FROM referral r JOIN person p ON p.id = r.person_id
                LEFT JOIN held ON held.person_id = r.person_id
                WHERE\s""" + ChildColumns.LIVE_CHILD + """
                 AND r.referral_date <= :date
                 AND (r.closure_date IS NULL OR r.closure_date > :after6)
                ORDER BY r.referral_date, r.id""";
    }

    @Override
    public List<Object> values(ResultSet rs, LocalDate date) throws SQLException {
        List<Object> values = ChildColumns.common(rs, date);
        values.add(ChildColumns.disability(rs));
        values.add(ChildColumns.date(rs, "referral_date"));
        values.add(AnnexCodes.need(rs.getString("primary_need_code")));
        values.add(ChildColumns.date(rs, "last_seen"));
        values.add(ChildColumns.date(rs, "closure_date"));
        values.add(AnnexCodes.closure(rs.getString("closure_reason")));
        values.add(rs.getString("case_status"));
        values.add(rs.getString("team"));
        values.add(rs.getString("worker"));
        return values;
    }
}

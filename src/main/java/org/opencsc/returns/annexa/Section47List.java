package org.opencsc.returns.annexa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * List 5, Section 47 enquiries and initial child protection conferences: every enquiry started
 * in the six months before the inspection date, and those started earlier still open at it
 * (the template: "this includes open S47 enquiries yet to reach a decision"), a row for each.
 *
 * <p>The start is the date of the strategy discussion that began the enquiry. "ICPC deemed
 * unnecessary" is Yes for an enquiry completed without needing a conference, No when one was
 * needed, blank while it is open. The two counts are the child's other enquiries started, and
 * initial conferences held, in the 12 months before this enquiry began (after the same date a
 * year earlier), as list 3 counts referrals.
 */
final class Section47List implements AnnexList {

    static final List<Column> COLUMNS = ChildColumns.with(ChildColumns.DISABILITY,
            Column.date("Strategy discussion initiating Section 47 Enquiry Start Date"),
            Column.text("Was an Initial Child Protection Conference deemed unnecessary?"),
            Column.date("Date of Initial Child Protection Conference"),
            Column.text("Did the Initial Child Protection Conference Result in a Child Protection Plan"),
            Column.number("Number of Section 47 Enquiries in the last 12 months"),
            Column.number("Number of ICPCs in the last 12 months"),
            Column.text("Allocated Team"), Column.text("Allocated Worker"));

    @Override
    public int number() {
        return 5;
    }

    @Override
    public String title() {
        return "Section 47 and ICPCs";
    }

    @Override
    public String period() {
        return "Every Section 47 enquiry started in the six months up to the inspection date, and those still open at it.";
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public String sql() {
        return "WITH " + ChildColumns.HELD_AT_DATE + """
                , enquiry AS (
                    SELECT s.*, (d.held_at AT TIME ZONE 'Europe/London')::date AS discussed_on
                    FROM s47_enquiry s JOIN strategy_discussion d ON d.id = s.strategy_discussion_id
                )
                SELECT\s""" + ChildColumns.SELECT + """
                , e.discussed_on,
                  CASE WHEN e.completed_on <= :date THEN e.outcome END AS outcome,
                  CASE WHEN c.held_on <= :date THEN c.held_on END AS icpc_on,
                  CASE WHEN c.held_on <= :date THEN c.plan_needed END AS plan_needed,
                  (SELECT count(*) FROM s47_enquiry o JOIN strategy_discussion od ON od.id = o.strategy_discussion_id
                   WHERE o.person_id = e.person_id AND o.id <> e.id
                     AND (od.held_at AT TIME ZONE 'Europe/London')::date > e.discussed_on - interval '12 months'
                     AND ((od.held_at AT TIME ZONE 'Europe/London')::date, o.id) < (e.discussed_on, e.id)) AS enquiries,
                  (SELECT count(*) FROM cp_conference i WHERE i.person_id = e.person_id AND i.kind = 'INITIAL'
                     AND i.held_on > e.discussed_on - interval '12 months' AND i.held_on < e.discussed_on) AS icpcs,
                  held.team, held.worker
                FROM enquiry e JOIN person p ON p.id = e.person_id
                LEFT JOIN cp_conference c ON c.s47_enquiry_id = e.id AND c.kind = 'INITIAL'
                LEFT JOIN held ON held.person_id = e.person_id
                WHERE\s""" + ChildColumns.LIVE_CHILD + """
                 AND e.discussed_on <= :date
                 AND (e.discussed_on > :after6 OR e.completed_on IS NULL OR e.completed_on > :date)
                ORDER BY e.discussed_on, e.id""";
    }

    @Override
    public List<Object> values(ResultSet rs, LocalDate date) throws SQLException {
        List<Object> values = ChildColumns.common(rs, date);
        values.add(ChildColumns.disability(rs));
        values.add(ChildColumns.date(rs, "discussed_on"));
        String outcome = rs.getString("outcome");
        values.add(outcome == null ? null : AnnexCodes.yesNo(!"ICPC_REQUIRED".equals(outcome)));
        values.add(ChildColumns.date(rs, "icpc_on"));
        values.add(AnnexCodes.yesNo(ChildColumns.bool(rs, "plan_needed")));
        values.add(ChildColumns.integer(rs, "enquiries"));
        values.add(ChildColumns.integer(rs, "icpcs"));
        values.add(rs.getString("team"));
        values.add(rs.getString("worker"));
        return values;
    }
}

package org.opencsc.returns.annexa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * List 4, assessments: every single (continuous) assessment started in the six months before the
 * inspection date, and any started earlier and not yet authorised at it. "Child Seen During
 * Continuous Assessment" is Yes when a visit in the assessment (from its start to its completion,
 * or the date while it is open) saw the child, No when visits in it did not, and Unknown when
 * none is recorded. "Requiring LA children's social care support" is Yes for an outcome of child
 * in need or a strategy discussion, No for no further action, early help or another agency, blank
 * while the assessment is open. The date of authorisation is blank if it came after the date.
 */
final class AssessmentsList implements AnnexList {

    static final List<Column> COLUMNS = ChildColumns.with(ChildColumns.DISABILITY,
            Column.date("Continuous Assessment Start Date"), Column.text("Child Seen During Continuous Assessment"),
            Column.date("Continuous Assessment Date of Authorisation"),
            Column.text("Was the child assessed as requiring LA children's social care support?"),
            Column.text("Allocated Team"), Column.text("Allocated Worker"));

    @Override
    public int number() {
        return 4;
    }

    @Override
    public String title() {
        return "Assessments";
    }

    @Override
    public String period() {
        return "Every assessment started in the six months up to the inspection date, and those still open at it.";
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public String sql() {
        return "WITH " + ChildColumns.HELD_AT_DATE + """

                SELECT\s""" + ChildColumns.SELECT + """
                , a.started_on, CASE WHEN a.authorised_on <= :date THEN a.authorised_on END AS authorised_on,
                  CASE WHEN a.completed_on <= :date THEN a.outcome END AS outcome,
                  (SELECT bool_or(vc.seen) FROM visit_child vc JOIN visit v ON v.id = vc.visit_id
                   WHERE vc.person_id = a.person_id AND v.visited_on >= a.started_on
                     AND v.visited_on <= least(coalesce(a.completed_on, :date), :date)) AS seen,
                  held.team, held.worker
                FROM single_assessment a JOIN person p ON p.id = a.person_id
                LEFT JOIN held ON held.person_id = a.person_id
                WHERE\s""" + ChildColumns.LIVE_CHILD + """
                 AND a.started_on <= :date
                 AND (a.started_on > :after6 OR a.authorised_on IS NULL OR a.authorised_on > :date)
                ORDER BY a.started_on, a.id""";
    }

    @Override
    public List<Object> values(ResultSet rs, LocalDate date) throws SQLException {
        List<Object> values = ChildColumns.common(rs, date);
        values.add(ChildColumns.disability(rs));
        values.add(ChildColumns.date(rs, "started_on"));
        Boolean seen = ChildColumns.bool(rs, "seen");
        values.add(seen == null ? AnnexCodes.UNKNOWN : AnnexCodes.yesNo(seen));
        values.add(ChildColumns.date(rs, "authorised_on"));
        values.add(supportNeeded(rs.getString("outcome")));
        values.add(rs.getString("team"));
        values.add(rs.getString("worker"));
        return values;
    }

    private static String supportNeeded(String outcome) {
        if (outcome == null) {
            return null;
        }
        return switch (outcome) {
            case "CHILD_IN_NEED", "STRATEGY_DISCUSSION" -> AnnexCodes.YES;
            default -> AnnexCodes.NO;
        };
    }
}

package org.opencsc.returns.annexa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * List 2, early help: the template asks for the early help assessments of the six months before
 * the inspection and the early help the council is coordinating at its date. OpenCSC records no
 * early help assessment, so the list is made from what the record holds: a contact decided as
 * early help in the period (its decision date as the start, the service it was passed to as the
 * organisation), and a step down (or up) to early help, by a care-level change, that began in the
 * period or was still the child's level at the date (ended by the next change away from it). The
 * organisation of a care-level change is not recorded, so it is blank.
 */
final class EarlyHelpList implements AnnexList {

    static final List<Column> COLUMNS = ChildColumns.with(Column.date("Assessment start date"),
            Column.date("Assessment completion date"), Column.text("Organisation completing assessment"));

    @Override
    public int number() {
        return 2;
    }

    @Override
    public String title() {
        return "Early help";
    }

    @Override
    public String period() {
        return "OpenCSC records no early help assessment: contacts decided as early help in the six months up to the "
                + "date, and children stepped to early help in that time or at that level on the date.";
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public String sql() {
        return """
                WITH help AS (
                    SELECT cc.person_id, (d.decided_at AT TIME ZONE 'Europe/London')::date AS started_on,
                           NULL::date AS ended_on, d.early_help_service AS organisation, 1 AS source, d.contact_id AS source_id
                    FROM contact_decision d JOIN contact_child cc ON cc.contact_id = d.contact_id
                    WHERE d.outcome = 'EARLY_HELP'
                      AND (d.decided_at AT TIME ZONE 'Europe/London')::date > :after6
                      AND (d.decided_at AT TIME ZONE 'Europe/London')::date <= :date
                    UNION ALL
                    SELECT l.person_id, l.changed_on, next.changed_on, NULL, 2, l.id
                    FROM care_level_change l
                    LEFT JOIN LATERAL (SELECT n.changed_on FROM care_level_change n
                                       WHERE n.person_id = l.person_id AND (n.changed_on, n.id) > (l.changed_on, l.id)
                                       ORDER BY n.changed_on, n.id LIMIT 1) next ON true
                    WHERE l.to_level = 'EARLY_HELP' AND l.changed_on <= :date
                      AND (l.changed_on > :after6 OR next.changed_on IS NULL OR next.changed_on > :date)
                )
                SELECT\s""" + ChildColumns.SELECT + """
                , h.started_on, CASE WHEN h.ended_on <= :date THEN h.ended_on END AS ended_on, h.organisation
                FROM help h JOIN person p ON p.id = h.person_id
                WHERE\s""" + ChildColumns.LIVE_CHILD
                + " ORDER BY h.started_on, h.source, h.source_id, p.id";
    }

    @Override
    public List<Object> values(ResultSet rs, LocalDate date) throws SQLException {
        List<Object> values = ChildColumns.common(rs, date);
        values.add(ChildColumns.date(rs, "started_on"));
        values.add(ChildColumns.date(rs, "ended_on"));
        values.add(rs.getString("organisation"));
        return values;
    }
}

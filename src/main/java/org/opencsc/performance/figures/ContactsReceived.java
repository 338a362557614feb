package org.opencsc.performance.figures;

import java.sql.Date;
import java.util.List;
import org.opencsc.performance.Definitions;
import org.opencsc.performance.Figure;
import org.opencsc.performance.FigureGroup;
import org.opencsc.performance.FigureQuery;
import org.opencsc.performance.FigureResult;
import org.opencsc.performance.FigureRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Contacts received per month: one row per child a contact was about (a contact about two
 * siblings is two children's contacts, as Annex A list 1 counts them), on the London date it came in.
 */
@Component
class ContactsReceived implements Figure {

    private final JdbcClient jdbc;

    ContactsReceived(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "contacts";
    }

    @Override
    public FigureGroup group() {
        return FigureGroup.FRONT_DOOR;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String label() {
        return "Contacts received";
    }

    @Override
    public String definition() {
        return "Each child a contact was about, counted on the day the contact came in (London time), by month."
                + " A contact about two children counts twice. A duplicate record merged into another is not counted: its history counts under the record kept.";
    }

    @Override
    public Boolean higherIsBetter() {
        return null;
    }

    @Override
    public FigureResult compute(FigureQuery query) {
        String received = "(c.received_at AT TIME ZONE 'Europe/London')::date";
        List<FigureRow> rows = jdbc.sql("""
                        SELECT cc.person_id, %1$s AS received_on, c.id, c.source_code
                        FROM contact c JOIN contact_child cc ON cc.contact_id = c.id
                        JOIN person p ON p.id = cc.person_id AND p.merged_into IS NULL
                        WHERE %1$s BETWEEN :from AND :to AND %2$s
                        ORDER BY received_on, c.id, cc.person_id
                        """.formatted(received, Definitions.heldBy(query, "cc.person_id", received)))
                .param("from", Date.valueOf(query.period().from())).param("to", Date.valueOf(query.period().to()))
                .param("teams", query.teamsParam())
                .query((rs, n) -> new FigureRow(rs.getLong("person_id"), rs.getDate("received_on").toLocalDate(),
                        "Contact from source " + rs.getString("source_code"), true, rs.getLong("id")))
                .list();
        return Monthly.of(query.period(), rows, false);
    }
}

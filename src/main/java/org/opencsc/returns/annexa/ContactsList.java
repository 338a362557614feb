package org.opencsc.returns.annexa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * List 1, contacts: every contact received in the six months before the inspection date, one row
 * per child the contact is about (the template: "where a contact refers to multiple children,
 * include an entry for each child"). The date is the London date the contact was received.
 */
final class ContactsList implements AnnexList {

    static final List<Column> COLUMNS = ChildColumns.with(Column.date("Date of Contact"), Column.text("Contact Source"));

    @Override
    public int number() {
        return 1;
    }

    @Override
    public String title() {
        return "Contacts";
    }

    @Override
    public String period() {
        return "Every contact received in the six months up to the inspection date, a row for each child it is about.";
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public String sql() {
        return """
                SELECT\s""" + ChildColumns.SELECT + """
                , (c.received_at AT TIME ZONE 'Europe/London')::date AS contact_date, c.source_code
                FROM contact c JOIN contact_child cc ON cc.contact_id = c.id JOIN person p ON p.id = cc.person_id
                WHERE\s""" + ChildColumns.LIVE_CHILD + """
                 AND (c.received_at AT TIME ZONE 'Europe/London')::date > :after6
                 AND (c.received_at AT TIME ZONE 'Europe/London')::date <= :date
                ORDER BY contact_date, c.id, p.id""";
    }

    @Override
    public List<Object> values(ResultSet rs, LocalDate date) throws SQLException {
        List<Object> values = ChildColumns.common(rs, date);
        values.add(ChildColumns.date(rs, "contact_date"));
        values.add(AnnexCodes.source(rs.getString("source_code")));
        return values;
    }
}

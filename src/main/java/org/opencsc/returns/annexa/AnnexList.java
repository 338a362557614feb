package org.opencsc.returns.annexa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * One of Annex A's lists. A list OpenCSC holds records for reads them with one SQL query, whose
 * rows come back in the template's column order; a list for a feature OpenCSC does not have yet
 * (children looked after, care leavers, adoption) has its headings and no query, so the sheet
 * is there, empty, as the template lays it out.
 *
 * <p>The query may use {@code :date} (the inspection date), {@code :after6} and {@code :after12}
 * (the same day six and twelve months before: a period "in the six months before" runs from the
 * day after {@code :after6} to the inspection date, both included, as the performance figures
 * count 12 months). Every row selects {@code person_id}, for the access log.
 */
public interface AnnexList {

    /** The list's number in the template, 1 to 11. */
    int number();

    /** The template's name of the list: "Contacts", "Referrals". */
    String title();

    /** Who is on the list and over what period, as the page says it. */
    String period();

    /** The template's columns, in its order. */
    List<Column> columns();

    /** The query, or null when OpenCSC holds nothing for this list yet (headings only). */
    String sql();

    /** One row's values in column order: String, LocalDate, Integer or null. */
    List<Object> values(ResultSet rs, LocalDate date) throws SQLException;

    /** The sheet's name: "List 1 Contacts", within Excel's 31 characters. */
    default String sheetName() {
        String name = "List " + number() + " " + title();
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    default List<String> headings() {
        return columns().stream().map(Column::heading).toList();
    }
}

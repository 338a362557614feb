package org.opencsc.returns.annexa;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns every child-level list starts with (Child Unique ID, Gender, Ethnicity, Date of
 * Birth, Age of Child (Years)) and the disability column most carry, read the way the census
 * reads them.
 *
 * <p>The child is named by the census's LAchildID (the person's id where none is recorded), never
 * by name: the template has no name column, so a restricted child is listed as every other child
 * is, by that id alone, and the download that lists them is in the access log.
 */
final class ChildColumns {

    static final List<Column> COMMON = List.of(Column.text("Child Unique ID"), Column.text("Gender"),
            Column.text("Ethnicity"), Column.date("Date of Birth"), Column.number("Age of Child (Years)"));

    static final Column DISABILITY = Column.text("Does the Child have a Disability");

    /** The select list for the common columns and the disability, from {@code person p}. */
    static final String SELECT = """
            p.id AS person_id, coalesce(p.la_child_id, p.id::text) AS child_id, p.gender, p.ethnicity,
            p.date_of_birth, p.expected_date_of_birth,
            (SELECT CASE WHEN bool_or(d.code <> 'NONE') THEN 'a) Yes' ELSE 'b) No' END
             FROM person_disability d WHERE d.person_id = p.id HAVING count(*) > 0) AS disability""";

    /** Children in the record, not those merged into another record (their history moved with them). */
    static final String LIVE_CHILD = "p.is_child AND p.merged_into IS NULL";

    /**
     * The team and worker who held the child on the date, or the last who held them before it
     * (a case closed by then): one row per child, in one pass, to join as {@code held}.
     */
    static final String HELD_AT_DATE = """
            held AS (
                SELECT DISTINCT ON (a.person_id) a.person_id, t.name AS team, u.display_name AS worker
                FROM allocation a JOIN team t ON t.id = a.team_id LEFT JOIN app_user u ON u.id = a.worker_id
                WHERE a.start_date <= :date
                ORDER BY a.person_id, (a.end_date IS NULL OR a.end_date >= :date) DESC, a.start_date DESC, a.id DESC
            )""";

    private ChildColumns() {
    }

    static List<Column> with(Column... more) {
        List<Column> columns = new ArrayList<>(COMMON);
        columns.addAll(List.of(more));
        return List.copyOf(columns);
    }

    /** The common values: a child not yet born has no date of birth and is aged -1, as the template asks. */
    static List<Object> common(ResultSet rs, LocalDate date) throws SQLException {
        LocalDate born = date(rs, "date_of_birth");
        boolean unborn = born == null ? date(rs, "expected_date_of_birth") != null : born.isAfter(date);
        Integer age = unborn ? Integer.valueOf(-1) : born == null ? null : Period.between(born, date).getYears();
        List<Object> values = new ArrayList<>();
        values.add(rs.getString("child_id"));
        values.add(AnnexCodes.gender(rs.getString("gender")));
        values.add(AnnexCodes.ethnicity(rs.getString("ethnicity")));
        values.add(born);
        values.add(age);
        return values;
    }

    /** Yes (a disability recorded), No (NONE recorded) or Unknown: nothing recorded is not a No. */
    static String disability(ResultSet rs) throws SQLException {
        String value = rs.getString("disability");
        return value == null ? AnnexCodes.UNKNOWN : value;
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((Number) value).intValue();
    }

    static Boolean bool(ResultSet rs, String column) throws SQLException {
        return (Boolean) rs.getObject(column);
    }
}

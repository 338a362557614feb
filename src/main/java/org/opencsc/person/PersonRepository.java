package org.opencsc.person;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** People, their names, addresses and disabilities, in plain SQL. */
@Repository
public class PersonRepository {

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(PersonInput in) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO person (is_child, given_name, family_name, date_of_birth, expected_date_of_birth,
                                            gender, ethnicity, nhs_number, upn, first_language, religion)
                        VALUES (:child, :given, :family, :dob, :edob, :gender, :ethnicity, :nhs, :upn, :language, :religion)
                        """)
                .param("child", in.child())
                .param("given", trimToNull(in.givenName()))
                .param("family", in.familyName().trim())
                .param("dob", in.dateOfBirth())
                .param("edob", in.expectedDateOfBirth())
                .param("gender", in.gender() == null || in.gender().isBlank() ? Gender.NOT_KNOWN.code() : in.gender())
                .param("ethnicity", trimToNull(in.ethnicity()))
                .param("nhs", PersonInput.blank(in.nhsNumber()) ? null : NhsNumber.normalise(in.nhsNumber()))
                .param("upn", PersonInput.blank(in.upn()) ? null : UniquePupilNumber.normalise(in.upn()))
                .param("language", trimToNull(in.firstLanguage()))
                .param("religion", trimToNull(in.religion()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    void insertName(long personId, String kind, String given, String family) {
        jdbc.sql("""
                        INSERT INTO person_name (person_id, kind, given_name, family_name, given_norm, family_norm)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """)
                .params(personId, kind, trimToNull(given), family.trim(), Names.normalise(given), Names.normalise(family))
                .update();
    }

    void insertAddress(long personId, PersonInput.AddressInput a, LocalDate defaultSince) {
        jdbc.sql("""
                        INSERT INTO address (person_id, line1, line2, town, postcode, start_date)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """)
                .params(personId, a.line1().trim(), trimToNull(a.line2()), trimToNull(a.town()),
                        Postcode.normalise(a.postcode()), a.since() == null ? defaultSince : a.since())
                .update();
    }

    void insertDisability(long personId, String code) {
        jdbc.sql("INSERT INTO person_disability (person_id, code) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(personId, code).update();
    }

    public Optional<Person> find(long id) {
        // The lists are read before the row, not from its row mapper: a query there would ask the
        // pool for a second connection while the row's is still held (enough of those at once and
        // every connection waits for another).
        List<Person.OtherName> otherNames = otherNames(id);
        List<Person.Address> addresses = addresses(id);
        List<Disability> disabilities = disabilities(id);
        return jdbc.sql("SELECT * FROM person WHERE id = :id").param("id", id)
                .query((rs, n) -> map(rs, otherNames, addresses, disabilities)).optional();
    }

    /** Follows merges: the record a merged id now lives on. */
    public long resolveMerged(long id) {
        Long target = id;
        for (int hops = 0; hops < 10; hops++) {
            Long next = jdbc.sql("SELECT merged_into FROM person WHERE id = :id").param("id", target)
                    .query((rs, n) -> (Long) rs.getObject("merged_into")).optional().orElse(null);
            if (next == null) {
                return target;
            }
            target = next;
        }
        return target;
    }

    /** The person's id plus every record merged into it, so their events stay on the chronology. */
    public List<Long> idsIncludingMerged(long id) {
        return jdbc.sql("""
                        WITH RECURSIVE merged(id) AS (
                            SELECT CAST(:id AS bigint)
                            UNION SELECT p.id FROM person p JOIN merged m ON p.merged_into = m.id)
                        SELECT id FROM merged
                        """)
                .param("id", id).query(Long.class).list();
    }

    /** Which of these people have a restricted record. */
    public java.util.Set<Long> restrictedAmong(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("SELECT id FROM person WHERE restricted AND id = ANY(:ids::bigint[])")
                .param("ids", ids.stream().distinct().toArray(Long[]::new)).query(Long.class).list());
    }

    public List<String> namesOf(List<Long> ids) {
        return jdbc.sql("SELECT coalesce(given_name || ' ', '') || family_name FROM person WHERE id = ANY(:ids::bigint[]) ORDER BY id")
                .param("ids", ids.toArray(Long[]::new)).query(String.class).list();
    }

    private static Person map(ResultSet rs, List<Person.OtherName> otherNames, List<Person.Address> addresses,
                              List<Disability> disabilities) throws SQLException {
        return new Person(rs.getLong("id"), rs.getBoolean("is_child"), rs.getString("given_name"), rs.getString("family_name"),
                date(rs, "date_of_birth"), date(rs, "expected_date_of_birth"),
                Gender.fromCode(rs.getString("gender")).orElse(Gender.NOT_KNOWN),
                Ethnicity.fromCode(rs.getString("ethnicity")).orElse(null),
                rs.getString("nhs_number"), rs.getString("upn"), rs.getString("first_language"),
                rs.getString("religion"), rs.getBoolean("restricted"), (Long) rs.getObject("merged_into"),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("version"),
                otherNames, addresses, disabilities);
    }

    private List<Person.OtherName> otherNames(long id) {
        return jdbc.sql("SELECT kind, given_name, family_name FROM person_name WHERE person_id = :id AND kind <> 'CURRENT' ORDER BY id")
                .param("id", id)
                .query((rs, n) -> new Person.OtherName(rs.getString("kind"), rs.getString("given_name"), rs.getString("family_name")))
                .list();
    }

    private List<Person.Address> addresses(long id) {
        return jdbc.sql("SELECT * FROM address WHERE person_id = :id ORDER BY end_date DESC NULLS FIRST, start_date DESC")
                .param("id", id)
                .query((rs, n) -> new Person.Address(rs.getLong("id"), rs.getString("line1"), rs.getString("line2"),
                        rs.getString("town"), rs.getString("postcode"), date(rs, "start_date"), date(rs, "end_date")))
                .list();
    }

    private List<Disability> disabilities(long id) {
        return jdbc.sql("SELECT code FROM person_disability WHERE person_id = :id ORDER BY code").param("id", id)
                .query(String.class).list().stream()
                .flatMap(code -> Disability.fromCode(code).stream()).toList();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

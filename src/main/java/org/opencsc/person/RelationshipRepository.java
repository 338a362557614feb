package org.opencsc.person;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RelationshipRepository {

    private final JdbcClient jdbc;

    RelationshipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code since} is today by the application's clock: the database's current_date is in its session's zone. */
    void insert(long personId, long relatedPersonId, RelationshipType type, boolean parentalResponsibility, LocalDate since) {
        jdbc.sql("""
                        INSERT INTO relationship (person_id, related_person_id, type, parental_responsibility, start_date)
                        VALUES (?, ?, ?, ?, ?)
                        """)
                .params(personId, relatedPersonId, type.name(), parentalResponsibility, Date.valueOf(since)).update();
    }

    boolean exists(long a, long b) {
        return jdbc.sql("""
                        SELECT count(*) FROM relationship WHERE end_date IS NULL AND
                          ((person_id = :a AND related_person_id = :b) OR (person_id = :b AND related_person_id = :a))
                        """)
                .param("a", a).param("b", b).query(Long.class).single() > 0;
    }

    /**
     * The person's current family network, each relationship read from their side, with every
     * member's details: for checks. What a user is shown is {@link FamilyNetwork#shownTo}.
     */
    public List<FamilyMember> networkOf(long personId) {
        return jdbc.sql("""
                        SELECT r.id, r.type, r.parental_responsibility, p.id AS other, p.is_child, p.date_of_birth,
                               coalesce(p.given_name || ' ', '') || p.family_name AS name,
                               (r.person_id = :id) AS inverse
                        FROM relationship r
                        JOIN person p ON p.id = CASE WHEN r.person_id = :id THEN r.related_person_id ELSE r.person_id END
                        WHERE (r.person_id = :id OR r.related_person_id = :id) AND r.end_date IS NULL
                        ORDER BY p.is_child, p.date_of_birth NULLS LAST, name
                        """)
                .param("id", personId)
                .query((rs, n) -> {
                    RelationshipType type = RelationshipType.valueOf(rs.getString("type"));
                    boolean inverse = rs.getBoolean("inverse");
                    return new FamilyMember(rs.getLong("id"), rs.getLong("other"), rs.getString("name"),
                            rs.getBoolean("is_child"), PersonRepository.date(rs, "date_of_birth"), type,
                            inverse ? type.inverseLabel() : type.label(),
                            !inverse && rs.getBoolean("parental_responsibility"), false);
                })
                .list();
    }

    /** Moves a merged record's relationships to the record kept, skipping any it already has. */
    void moveAll(long fromId, long toId, LocalDate today) {
        jdbc.sql("""
                        UPDATE relationship r SET person_id = CASE WHEN r.person_id = :from THEN :to ELSE r.person_id END,
                               related_person_id = CASE WHEN r.related_person_id = :from THEN :to ELSE r.related_person_id END
                        WHERE (r.person_id = :from OR r.related_person_id = :from)
                          AND NOT (r.person_id = :to OR r.related_person_id = :to)
                          AND NOT EXISTS (SELECT 1 FROM relationship x WHERE x.end_date IS NULL AND
                              ((x.person_id = :to AND x.related_person_id = CASE WHEN r.person_id = :from THEN r.related_person_id ELSE r.person_id END)
                            OR (x.related_person_id = :to AND x.person_id = CASE WHEN r.person_id = :from THEN r.related_person_id ELSE r.person_id END)))
                        """)
                .param("from", fromId).param("to", toId).update();
        // Whatever could not move (a link between the two records themselves, or a duplicate link) is closed, not deleted.
        jdbc.sql("UPDATE relationship SET end_date = :today WHERE (person_id = :from OR related_person_id = :from) AND end_date IS NULL")
                .param("today", Date.valueOf(today)).param("from", fromId).update();
    }
}

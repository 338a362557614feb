package org.opencsc.returns.census.load;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.opencsc.returns.census.CensusChild;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The imports done (census_import) and the children waiting for a person to decide who they are. */
@Repository
class ImportRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A child of an import whose match was uncertain, with the candidates and, once decided, who they are. */
    record PendingChild(long id, long importId, String laChildId, CensusChild child, List<Long> candidateIds, String reason,
                        String decision, Long personId, String decidedBy, Instant decidedAt) {
        boolean decided() {
            return decision != null;
        }
    }

    long insertImport(String fileName, String sha256, String by, Long userId, Instant at, LocalDate referenceDate) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO census_import (file_name, sha256, imported_by, imported_by_user_id, imported_at, reference_date,
                                                   children, children_created, children_matched, children_to_decide, result)
                        VALUES (:file, :sha, :by, :user, :at, :ref, 0, 0, 0, 0, '{}')
                        """)
                .param("file", fileName).param("sha", sha256).param("by", by).param("user", userId)
                .param("at", Timestamp.from(at)).param("ref", referenceDate == null ? null : java.sql.Date.valueOf(referenceDate))
                .update(key, "id");
        return key.getKey().longValue();
    }

    void saveResult(ImportResult r) {
        jdbc.sql("""
                        UPDATE census_import SET children = :children, children_created = :created, children_matched = :matched,
                               children_to_decide = :toDecide, result = CAST(:result AS jsonb)
                        WHERE id = :id
                        """)
                .param("children", r.children()).param("created", r.childrenCreated()).param("matched", r.childrenMatched())
                .param("toDecide", r.childrenToDecide()).param("result", json.writeValueAsString(r)).param("id", r.importId())
                .update();
    }

    Optional<ImportResult> findBySha(String sha256) {
        return jdbc.sql("SELECT result FROM census_import WHERE sha256 = :sha").param("sha", sha256)
                .query(String.class).optional().map(s -> json.readValue(s, ImportResult.class));
    }

    Optional<ImportResult> find(long importId) {
        return jdbc.sql("SELECT result FROM census_import WHERE id = :id").param("id", importId)
                .query(String.class).optional().map(s -> json.readValue(s, ImportResult.class));
    }

    void insertPending(long importId, CensusChild child, List<Long> candidates, String reason) {
        jdbc.sql("""
                        INSERT INTO census_import_match (census_import_id, la_child_id, child, candidate_ids, reason)
                        VALUES (:import, :lac, CAST(:child AS jsonb), :candidates::bigint[], :reason)
                        """)
                .param("import", importId).param("lac", child.laChildId()).param("child", json.writeValueAsString(child))
                .param("candidates", candidates.toArray(Long[]::new)).param("reason", reason).update();
    }

    List<PendingChild> pending(long importId) {
        return jdbc.sql(SELECT + " WHERE census_import_id = :id ORDER BY id").param("id", importId)
                .query((rs, n) -> map(rs)).list();
    }

    /** The child's row, locked so that two people deciding at once cannot both load it. */
    Optional<PendingChild> lockPending(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id FOR UPDATE").param("id", id).query((rs, n) -> map(rs)).optional();
    }

    void decide(long id, String decision, long personId, String by, Instant at) {
        jdbc.sql("""
                        UPDATE census_import_match SET decision = :decision, person_id = :person, decided_by = :by, decided_at = :at
                        WHERE id = :id AND decision IS NULL
                        """)
                .param("decision", decision).param("person", personId).param("by", by).param("at", Timestamp.from(at))
                .param("id", id).update();
    }

    private static final String SELECT = """
            SELECT id, census_import_id, la_child_id, child::text AS child, candidate_ids, reason, decision, person_id,
                   decided_by, decided_at
            FROM census_import_match""";

    private PendingChild map(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp at = rs.getTimestamp("decided_at");
        return new PendingChild(rs.getLong("id"), rs.getLong("census_import_id"), rs.getString("la_child_id"),
                json.readValue(rs.getString("child"), CensusChild.class),
                Arrays.asList((Long[]) rs.getArray("candidate_ids").getArray()), rs.getString("reason"),
                rs.getString("decision"), (Long) rs.getObject("person_id"), rs.getString("decided_by"),
                at == null ? null : at.toInstant());
    }

    /**
     * Fills in the identifiers a matched child's record lacks from the file, never overwriting
     * what OpenCSC holds. Returns the records that changed.
     */
    List<Long> fillIdentifiers(List<Long> personIds, List<CensusChild> children) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        WITH u AS (
                            SELECT * FROM unnest(:ids::bigint[], :lac::text[], :upn::text[], :former::text[], :unknown::text[],
                                                 CAST(:dob AS text[])::date[], CAST(:edob AS text[])::date[],
                                                 CAST(:death AS text[])::date[], :ethnicity::text[])
                                   AS u(id, lac, upn, former, unknown, dob, edob, death, ethnicity)
                        ),
                        next AS (
                            SELECT p.id,
                                   coalesce(p.la_child_id, CASE WHEN u.lac <> p.id::text THEN u.lac END) AS la_child_id,
                                   coalesce(p.upn, u.upn) AS upn, coalesce(p.former_upn, u.former) AS former_upn,
                                   CASE WHEN coalesce(p.upn, u.upn) IS NULL THEN coalesce(p.upn_unknown_reason, u.unknown)
                                        ELSE p.upn_unknown_reason END AS upn_unknown_reason,
                                   coalesce(p.date_of_birth, u.dob) AS date_of_birth,
                                   CASE WHEN coalesce(p.date_of_birth, u.dob) IS NULL THEN coalesce(p.expected_date_of_birth, u.edob)
                                        ELSE p.expected_date_of_birth END AS expected_date_of_birth,
                                   coalesce(p.date_of_death, u.death) AS date_of_death, coalesce(p.ethnicity, u.ethnicity) AS ethnicity
                            FROM person p JOIN u ON u.id = p.id
                        )
                        UPDATE person p SET la_child_id = n.la_child_id, upn = n.upn, former_upn = n.former_upn,
                               upn_unknown_reason = n.upn_unknown_reason, date_of_birth = n.date_of_birth,
                               expected_date_of_birth = n.expected_date_of_birth, date_of_death = n.date_of_death,
                               ethnicity = n.ethnicity, version = p.version + 1
                        FROM next n
                        WHERE n.id = p.id AND (p.la_child_id, p.upn, p.former_upn, p.upn_unknown_reason, p.date_of_birth,
                                               p.expected_date_of_birth, p.date_of_death, p.ethnicity)
                              IS DISTINCT FROM (n.la_child_id, n.upn, n.former_upn, n.upn_unknown_reason, n.date_of_birth,
                                                n.expected_date_of_birth, n.date_of_death, n.ethnicity)
                        RETURNING p.id
                        """)
                .param("ids", personIds.toArray(Long[]::new))
                .param("lac", children.stream().map(CensusChild::laChildId).toArray(String[]::new))
                .param("upn", children.stream().map(c -> upper(c.identifiers().upn())).toArray(String[]::new))
                .param("former", children.stream().map(c -> upper(c.identifiers().formerUpn())).toArray(String[]::new))
                .param("unknown", children.stream().map(c -> c.identifiers().upnUnknown()).toArray(String[]::new))
                .param("dob", children.stream().map(c -> text(c.identifiers().personBirthDate())).toArray(String[]::new))
                .param("edob", children.stream().map(c -> text(c.identifiers().expectedPersonBirthDate())).toArray(String[]::new))
                .param("death", children.stream().map(c -> text(c.identifiers().personDeathDate())).toArray(String[]::new))
                .param("ethnicity", children.stream().map(c -> c.characteristics().ethnicity()).toArray(String[]::new))
                .query(Long.class).list();
    }

    /** The file's disabilities for matched children who have none recorded. */
    void fillDisabilities(List<Long> personIds, List<CensusChild> children) {
        List<Long> people = new java.util.ArrayList<>();
        List<String> codes = new java.util.ArrayList<>();
        for (int i = 0; i < personIds.size(); i++) {
            for (String code : children.get(i).characteristics().disabilities().stream().distinct().toList()) {
                people.add(personIds.get(i));
                codes.add(code);
            }
        }
        if (people.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO person_disability (person_id, code)
                        SELECT u.p, u.code FROM unnest(:people::bigint[], :codes::text[]) AS u(p, code)
                        WHERE NOT EXISTS (SELECT 1 FROM person_disability d WHERE d.person_id = u.p)
                        ON CONFLICT DO NOTHING
                        """)
                .param("people", people.toArray(Long[]::new)).param("codes", codes.toArray(String[]::new)).update();
    }

    private static String upper(String s) {
        return s == null ? null : s.trim().toUpperCase(java.util.Locale.ROOT);
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }
}

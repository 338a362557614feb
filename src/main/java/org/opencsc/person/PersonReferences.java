package org.opencsc.person;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencsc.platform.validation.ValidationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every column that refers to a person, read from the database catalogue, and the move of a
 * merged record's rows onto the record kept. Driven by the catalogue so that a table added later
 * moves with the rest without anyone remembering to add it here: every foreign key to person(id)
 * moves, except the columns listed in {@link #NOT_MOVED}, each with the reason it stays or the
 * code that handles it. PersonReferencesTest fails on a column that refers to a person and is
 * neither moved nor listed.
 *
 * <p>A unique key can stop a row moving. When the kept record already has the same row (both
 * records were named on one visit, contact or supervision), the merged record's row stays where
 * it is, on the merged record, and nothing is deleted or combined. When the key is "only one at a
 * time" (a partial unique index: one open child protection plan), the merge is refused, because
 * which of the two is right is a decision for a person, not for the merge.
 */
@Component
class PersonReferences {

    /** A column that refers to a person. */
    record Column(String table, String column) {
        @Override
        public String toString() {
            return table + "." + column;
        }
    }

    /** Columns that refer to a person and are not moved by {@link #move}, and why. */
    static final Map<Column, String> NOT_MOVED = notMoved();

    private static Map<Column, String> notMoved() {
        Map<Column, String> m = new LinkedHashMap<>();
        m.put(new Column("person", "merged_into"), "the merge itself; earlier merges into the merged record keep pointing at it "
                + "and every read follows the chain (PersonRepository.idsIncludingMerged)");
        m.put(new Column("person_merge", "kept_id"), "the history of merges");
        m.put(new Column("person_merge", "merged_id"), "the history of merges");
        m.put(new Column("event_subject", "person_id"), "an event stays about the record it was written on; the kept record's "
                + "chronology reads the merged record's events through merged_into");
        m.put(new Column("access_log", "person_id"), "who looked at which record is a fact about that record (append-only)");
        m.put(new Column("access_log", "listed"), "the records a search listed: a fact about that search (append-only)");
        m.put(new Column("access_log", "unseen"), "the restricted records a search matched without showing (append-only)");
        m.put(new Column("event", "also_about"), "as event_subject: an event's detail stays about the records it was written "
                + "about, and the kept record reads the merged record's events through merged_into");
        m.put(new Column("critical_decision", "also_about"), "as event.also_about: the brothers and sisters a decision was made "
                + "with, as it was written; its words are withheld while any of those records may not be opened");
        m.put(new Column("audit_answer", "evidence"), "ids of chronology events, not of people: the events stay on the record "
                + "they were written about, which the kept record reads through merged_into");
        m.put(new Column("audit_round", "eligible_ids"), "the children a round's filter found when it was drawn, kept as drawn so "
                + "the draw can be repeated exactly from them (its audits' person_id moves)");
        m.put(new Column("amendment", "person_id"), "the history of corrections is append-only; it is read through the corrected "
                + "record (record_type, record_id), which moves");
        m.put(new Column("person_name", "person_id"), "PersonMerge copies the names onto the kept record as other names "
                + "(the current name as an alias); the merged record keeps its own for its snapshot");
        m.put(new Column("person_disability", "person_id"), "PersonMerge copies them onto the kept record");
        m.put(new Column("restricted_access", "person_id"), "PersonMerge copies them: the merged record stays restricted to the "
                + "same people, and so does the kept one");
        m.put(new Column("relationship", "person_id"), "RelationshipRepository.moveAll: a link the kept record already has, "
                + "or one between the two records, is ended instead");
        m.put(new Column("relationship", "related_person_id"), "RelationshipRepository.moveAll, as person_id");
        m.put(new Column("visit_outcome", "person_id"), "part of the key of its visit_child row, and moves with it "
                + "(ON UPDATE CASCADE)");
        m.put(new Column("census_import_match", "candidate_ids"), "an array, which no foreign key covers: moveCandidates "
                + "puts the kept record in place of the merged one among a pending match's candidates, so the data officer "
                + "can still choose the child; a decided match's candidates are the history of what was shown, and stay");
        return Map.copyOf(m);
    }

    /** What a partial unique index means, for the message when both records have such a row. */
    private static final Map<String, String> ONE_AT_A_TIME = Map.of(
            "cp_plan_one_open", "Both records have an open child protection plan: end the one recorded in error before merging");

    private final JdbcClient jdbc;

    PersonReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The census import's uncertain children waiting for a decision list the records they may be
     * (census_import_match.candidate_ids): the merged record becomes the kept one there, once.
     */
    void moveCandidates(long mergedId, long keptId) {
        jdbc.sql("""
                        UPDATE census_import_match m SET candidate_ids = ARRAY(
                            SELECT u.id FROM unnest(array_replace(m.candidate_ids, :merged, :kept)) WITH ORDINALITY AS u(id, n)
                            GROUP BY u.id ORDER BY min(u.n))
                        WHERE m.decision IS NULL AND :merged = ANY(m.candidate_ids)
                        """)
                .param("merged", mergedId).param("kept", keptId).update();
    }

    /** Every single-column foreign key to person(id). */
    List<Column> foreignKeysToPerson() {
        return jdbc.sql("""
                        SELECT c.conrelid::regclass::text AS tbl, a.attname AS col
                        FROM pg_constraint c
                        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                        WHERE c.contype = 'f' AND c.confrelid = 'person'::regclass AND cardinality(c.conkey) = 1
                        ORDER BY 1, 2
                        """)
                .query((rs, n) -> new Column(rs.getString("tbl"), rs.getString("col"))).list();
    }

    /**
     * Moves every row of the merged record that a foreign key links to it, except the columns in
     * {@link #NOT_MOVED}. Returns the rows that stayed because the kept record already had the same.
     */
    Map<Column, Long> move(long mergedId, long keptId) {
        List<Column> columns = foreignKeysToPerson().stream().filter(c -> !NOT_MOVED.containsKey(c)).toList();
        List<Move> moves = new ArrayList<>();
        for (Column column : columns) {
            moves.add(new Move(column, uniqueKeysWith(column)));
        }
        for (Move move : moves) {
            move.refuseOneAtATimeConflicts(mergedId, keptId);
        }
        Map<Column, Long> stayed = new LinkedHashMap<>();
        for (Move move : moves) {
            jdbc.sql(move.update()).param("merged", mergedId).param("kept", keptId).update();
            long left = jdbc.sql("SELECT count(*) FROM " + quote(move.column.table()) + " WHERE " + quote(move.column.column())
                    + " = :merged").param("merged", mergedId).query(Long.class).single();
            if (left > 0) {
                stayed.put(move.column, left);
            }
        }
        return stayed;
    }

    /** A unique index that includes the column: its other key columns, and its condition when partial. */
    private record UniqueKey(String name, List<String> others, String predicate) {
    }

    private List<UniqueKey> uniqueKeysWith(Column column) {
        return jdbc.sql("""
                        SELECT i.indexrelid::regclass::text AS name,
                               ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) k
                                     JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k
                                     WHERE a.attname <> :column ORDER BY a.attname) AS others,
                               pg_get_expr(i.indpred, i.indrelid) AS predicate
                        FROM pg_index i
                        WHERE i.indrelid = CAST(:table AS regclass) AND i.indisunique AND i.indexprs IS NULL
                          AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = i.indrelid
                                      AND a.attnum = ANY(i.indkey::int2[]) AND a.attname = :column)
                        ORDER BY 1
                        """)
                .param("table", column.table()).param("column", column.column())
                .query((rs, n) -> new UniqueKey(rs.getString("name"), List.of((String[]) rs.getArray("others").getArray()),
                        rs.getString("predicate")))
                .list();
    }

    private final class Move {
        private final Column column;
        private final List<UniqueKey> keys;

        Move(Column column, List<UniqueKey> keys) {
            this.column = column;
            this.keys = keys;
        }

        /** UPDATE ... AS moving: inside each sub-select, the index's unqualified condition reads the row "other". */
        String update() {
            StringBuilder sql = new StringBuilder("UPDATE " + quote(column.table()) + " AS moving SET " + quote(column.column())
                    + " = :kept WHERE moving." + quote(column.column()) + " = :merged");
            for (UniqueKey key : keys) {
                sql.append(" AND NOT (").append(conflict(key)).append(")");
            }
            return sql.toString();
        }

        void refuseOneAtATimeConflicts(long mergedId, long keptId) {
            for (UniqueKey key : keys) {
                if (key.predicate() == null) {
                    continue;
                }
                long both = jdbc.sql("SELECT count(*) FROM " + quote(column.table()) + " AS moving WHERE moving."
                                + quote(column.column()) + " = :merged AND " + conflict(key))
                        .param("merged", mergedId).param("kept", keptId).query(Long.class).single();
                if (both > 0) {
                    throw new ValidationException("mergedId", ONE_AT_A_TIME.getOrDefault(key.name(),
                            "Both records have a current " + column.table().replace('_', ' ')
                                    + " and a child can have only one at a time: put that right before merging"));
                }
            }
        }

        /** True for a row of the merged record that the kept record's row with the same key would collide with. */
        private String conflict(UniqueKey key) {
            StringBuilder match = new StringBuilder("EXISTS (SELECT 1 FROM " + quote(column.table()) + " AS other WHERE other."
                    + quote(column.column()) + " = :kept");
            for (String other : key.others()) {
                match.append(" AND other.").append(quote(other)).append(" = moving.").append(quote(other));
            }
            if (key.predicate() != null) {
                match.append(" AND (").append(key.predicate()).append(")");
            }
            match.append(")");
            return key.predicate() == null ? match.toString() : "(" + key.predicate() + ") AND " + match;
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}

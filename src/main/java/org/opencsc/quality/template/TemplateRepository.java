package org.opencsc.quality.template;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencsc.quality.Agency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TemplateRepository {

    /** A version is in use once any round (and so any audit) names it. */
    private static final String IN_USE = "EXISTS (SELECT 1 FROM audit_round r WHERE r.template_id = t.id)"
            + " OR EXISTS (SELECT 1 FROM audit a WHERE a.template_id = t.id)";

    private final JdbcClient jdbc;

    TemplateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current version of every series, by name. */
    List<TemplateVersion> current() {
        return jdbc.sql(versionsSql("t.superseded_at IS NULL") + " ORDER BY t.name, t.id").query((rs, n) -> version(rs)).list();
    }

    List<TemplateVersion> history(long seriesId) {
        return jdbc.sql(versionsSql("t.series_id = :series") + " ORDER BY t.version DESC").param("series", seriesId)
                .query((rs, n) -> version(rs)).list();
    }

    Optional<AuditTemplate> find(long id) {
        // Sections, questions and history are read first, each with its own query, never inside another's row mapper.
        Optional<TemplateVersion> head = jdbc.sql(versionsSql("t.id = :id")).param("id", id).query((rs, n) -> version(rs)).optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<TemplateSection> sections = sections(id);
        List<TemplateVersion> history = history(head.get().seriesId());
        return jdbc.sql("SELECT purpose, revision FROM audit_template WHERE id = :id").param("id", id)
                .query((rs, n) -> {
                    TemplateVersion v = head.get();
                    return new AuditTemplate(v.id(), v.seriesId(), v.version(), v.name(), rs.getString("purpose"), v.kind(),
                            v.createdAt(), v.createdBy(), v.supersededAt(), rs.getInt("revision"), v.inUse(), sections, history);
                }).optional();
    }

    private List<TemplateSection> sections(long templateId) {
        Map<Long, List<TemplateQuestion>> questions = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT q.* FROM audit_template_question q JOIN audit_template_section s ON s.id = q.section_id
                        WHERE s.template_id = :id ORDER BY s.position, q.position""").param("id", templateId)
                .query(rs -> {
                    String agency = rs.getString("agency");
                    questions.computeIfAbsent(rs.getLong("section_id"), k -> new ArrayList<>())
                            .add(new TemplateQuestion(rs.getLong("id"), rs.getInt("position"), rs.getString("question"),
                                    rs.getString("guidance"), agency == null ? null : Agency.valueOf(agency)));
                });
        return jdbc.sql("SELECT * FROM audit_template_section WHERE template_id = :id ORDER BY position").param("id", templateId)
                .query((rs, n) -> new TemplateSection(rs.getLong("id"), rs.getInt("position"), rs.getString("title"),
                        rs.getString("guidance"), List.copyOf(questions.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }

    /** A new series: its first version, whose id is the series' id. */
    long insertSeries(Checked t, long userId, Instant at) {
        long id = jdbc.sql("""
                        INSERT INTO audit_template (series_id, version, name, purpose, kind, created_at, created_by)
                        VALUES (0, 1, :name, :purpose, :kind, :at, :by) RETURNING id""")
                .param("name", t.name()).param("purpose", t.purpose()).param("kind", t.kind().name())
                .param("at", Timestamp.from(at)).param("by", userId).query(Long.class).single();
        jdbc.sql("UPDATE audit_template SET series_id = id WHERE id = :id").param("id", id).update();
        insertSections(id, t);
        return id;
    }

    /** The next version of a series; the caller has marked the one before it superseded. */
    long insertNextVersion(long seriesId, Checked t, long userId, Instant at) {
        long id = jdbc.sql("""
                        INSERT INTO audit_template (series_id, version, name, purpose, kind, created_at, created_by)
                        SELECT :series, max(version) + 1, :name, :purpose, :kind, :at, :by FROM audit_template
                        WHERE series_id = :series RETURNING id""")
                .param("series", seriesId).param("name", t.name()).param("purpose", t.purpose()).param("kind", t.kind().name())
                .param("at", Timestamp.from(at)).param("by", userId).query(Long.class).single();
        insertSections(id, t);
        return id;
    }

    /**
     * Claims the version for an edit: true when it was still the current version at this revision.
     * The row stays locked to the end of the transaction, so a round created meanwhile waits for it.
     */
    boolean claim(long id, int revision) {
        return jdbc.sql("UPDATE audit_template SET revision = revision + 1 WHERE id = :id AND revision = :r AND superseded_at IS NULL")
                .param("id", id).param("r", revision).update() == 1;
    }

    /** Whether a round or audit uses the version; read after {@link #claim}, so no round can start using it meanwhile. */
    boolean inUse(long id) {
        return jdbc.sql("SELECT " + IN_USE + " FROM audit_template t WHERE t.id = :id").param("id", id)
                .query(Boolean.class).single();
    }

    void supersede(long id, Instant at) {
        jdbc.sql("UPDATE audit_template SET superseded_at = :at WHERE id = :id").param("id", id).param("at", Timestamp.from(at)).update();
    }

    /** Rewrites an unused version in place: nothing refers to its sections or questions yet. */
    void replaceInPlace(long id, Checked t) {
        jdbc.sql("DELETE FROM audit_template_question WHERE section_id IN (SELECT id FROM audit_template_section WHERE template_id = :id)")
                .param("id", id).update();
        jdbc.sql("DELETE FROM audit_template_section WHERE template_id = :id").param("id", id).update();
        jdbc.sql("UPDATE audit_template SET name = :name, purpose = :purpose, kind = :kind WHERE id = :id")
                .param("id", id).param("name", t.name()).param("purpose", t.purpose()).param("kind", t.kind().name()).update();
        insertSections(id, t);
    }

    private void insertSections(long templateId, Checked t) {
        int position = 1;
        for (Checked.Section s : t.sections()) {
            long sectionId = jdbc.sql("""
                            INSERT INTO audit_template_section (template_id, position, title, guidance)
                            VALUES (:t, :p, :title, :guidance) RETURNING id""")
                    .param("t", templateId).param("p", position++).param("title", s.title()).param("guidance", s.guidance())
                    .query(Long.class).single();
            int q = 1;
            for (Checked.Question question : s.questions()) {
                jdbc.sql("""
                                INSERT INTO audit_template_question (section_id, position, question, guidance, agency)
                                VALUES (:s, :p, :q, :g, :a)""")
                        .param("s", sectionId).param("p", q++).param("q", question.question()).param("g", question.guidance())
                        .param("a", question.agency() == null ? null : question.agency().name()).update();
            }
        }
    }

    private static String versionsSql(String where) {
        return """
                SELECT t.id, t.series_id, t.version, t.name, t.kind, t.created_at, t.superseded_at,
                       coalesce(u.display_name, 'OpenCSC') AS created_by_name, %s AS in_use
                FROM audit_template t LEFT JOIN app_user u ON u.id = t.created_by
                WHERE %s""".formatted(IN_USE, where);
    }

    private static TemplateVersion version(ResultSet rs) throws SQLException {
        Timestamp superseded = rs.getTimestamp("superseded_at");
        return new TemplateVersion(rs.getLong("id"), rs.getLong("series_id"), rs.getInt("version"), rs.getString("name"),
                TemplateKind.valueOf(rs.getString("kind")), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by_name"), superseded == null ? null : superseded.toInstant(), rs.getBoolean("in_use"));
    }
}

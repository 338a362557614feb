package org.opencsc.episode;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CareLevelRepository {

    private final JdbcClient jdbc;

    CareLevelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    List<CareLevelChange> history(long personId) {
        return jdbc.sql("SELECT * FROM care_level_change WHERE person_id = :id ORDER BY changed_on DESC, id DESC")
                .param("id", personId).query((rs, n) -> map(rs)).list();
    }

    Optional<CareLevelChange> latest(long personId) {
        return history(personId).stream().findFirst();
    }

    /** The latest referral date among the child's open (unclosed) referrals, if any. */
    Optional<LocalDate> latestOpenReferral(long personId) {
        return jdbc.sql("SELECT max(referral_date) FROM referral WHERE person_id = :id AND closure_date IS NULL")
                .param("id", personId).query((rs, n) -> rs.getDate(1)).optional()
                .filter(d -> d != null).map(Date::toLocalDate);
    }

    void insert(long personId, CareLevel from, CareLevel to, LocalDate on, String reason, String decidedBy,
                CareLevelChange.Source source) {
        jdbc.sql("""
                        INSERT INTO care_level_change (person_id, from_level, to_level, changed_on, reason, decided_by, source)
                        VALUES (:person, :from, :to, :on, :reason, :by, :source)
                        """)
                .param("person", personId).param("from", from.name()).param("to", to.name()).param("on", Date.valueOf(on))
                .param("reason", reason).param("by", decidedBy).param("source", source.name())
                .update();
    }

    private static CareLevelChange map(ResultSet rs) throws SQLException {
        return new CareLevelChange(rs.getLong("id"), rs.getLong("person_id"), CareLevel.valueOf(rs.getString("from_level")),
                CareLevel.valueOf(rs.getString("to_level")), rs.getDate("changed_on").toLocalDate(), rs.getString("reason"),
                rs.getString("decided_by"), CareLevelChange.Source.valueOf(rs.getString("source")),
                rs.getTimestamp("recorded_at").toInstant());
    }
}

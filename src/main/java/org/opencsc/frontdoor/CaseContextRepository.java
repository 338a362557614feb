package org.opencsc.frontdoor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the level of need and plans a child has now for the front door's context. They belong to
 * the episode and plan features, which build on the front door, so it reads their tables rather
 * than their services (as the visit feature reads cp_plan).
 */
@Repository
class CaseContextRepository {

    private final JdbcClient jdbc;

    CaseContextRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The level as the episode feature derives it: the latest recorded change, except that a
     * referral opened since a closure or a step down to early help makes the child "in need".
     */
    String level(long personId, Optional<Referral> openReferral) {
        record Change(String to, LocalDate on) {
        }
        Optional<Change> latest = jdbc.sql("""
                        SELECT to_level, changed_on FROM care_level_change WHERE person_id = :id
                        ORDER BY changed_on DESC, recorded_at DESC, id DESC LIMIT 1
                        """)
                .param("id", personId)
                .query((rs, n) -> new Change(rs.getString(1), rs.getDate(2).toLocalDate())).optional();
        String level;
        if (latest.isEmpty()) {
            level = openReferral.isPresent() ? "CIN" : "NONE";
        } else {
            boolean referredSince = openReferral.filter(r -> r.referralDate().isAfter(latest.get().on())).isPresent();
            String recorded = latest.get().to();
            level = referredSince && (recorded.equals("NONE") || recorded.equals("EARLY_HELP")) ? "CIN" : recorded;
        }
        return switch (level) {
            case "EARLY_HELP" -> "Early help";
            case "CIN" -> "Child in need";
            case "CP" -> "Child protection";
            default -> "No open case";
        };
    }

    /** The child protection plan in force, and the child's latest outcome plan while the case is open. */
    List<String> plans(long personId, boolean caseOpen) {
        List<String> plans = new ArrayList<>(jdbc.sql("""
                        SELECT CASE category WHEN 'NEG' THEN 'neglect' WHEN 'PHY' THEN 'physical abuse'
                                   WHEN 'EMO' THEN 'emotional abuse' WHEN 'SAB' THEN 'sexual abuse'
                                   WHEN 'MUL' THEN 'multiple categories' ELSE category END, started_on
                        FROM cp_plan WHERE person_id = :id AND ended_on IS NULL
                        """)
                .param("id", personId)
                .query((rs, n) -> "Child protection plan (" + rs.getString(1) + ") since "
                        + org.opencsc.platform.web.Dates.govuk(rs.getDate(2).toLocalDate()))
                .list());
        if (caseOpen && plans.isEmpty()) {
            jdbc.sql("SELECT kind, started_on, latest_version FROM child_plan WHERE person_id = :id ORDER BY started_on DESC, id DESC LIMIT 1")
                    .param("id", personId)
                    .query((rs, n) -> (rs.getString(1).equals("CIN") ? "Child in need plan" : "Child protection plan")
                            + " since " + org.opencsc.platform.web.Dates.govuk(rs.getDate(2).toLocalDate())
                            + (rs.getInt(3) == 0 ? " (draft)" : ""))
                    .optional().ifPresent(plans::add);
        }
        return plans;
    }
}

package org.opencsc.performance.figures;

import java.sql.Date;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.opencsc.performance.Definitions;
import org.opencsc.performance.FigureQuery;
import org.opencsc.protection.AbuseCategory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The child protection plans open at the end of a figure's period ({@link Definitions#openAt}),
 * for the figures about open plans: one query, with each plan's category as it stood that day
 * (the latest review that continued the plan on or before it, else the category a census file
 * gave, else the initial conference's), as the census reads a plan's latest category.
 */
final class OpenPlansAt {

    record Plan(long id, long personId, LocalDate startedOn, AbuseCategory category) {

        /**
         * "2 years 1 day", "11 months 30 days", "12 days": how long the plan had been open on {@code day},
         * to the day, so a plan a day short of its 12-month or 2-year day reads so.
         */
        String openFor(LocalDate day) {
            Period p = Period.between(startedOn, day);
            String text = (unit(p.getYears(), "year") + unit(p.getMonths(), "month") + unit(p.getDays(), "day")).trim();
            return text.isEmpty() ? "0 days" : text;
        }

        private static String unit(int n, String name) {
            return n == 0 ? "" : " " + n + " " + name + (n == 1 ? "" : "s");
        }
    }

    private OpenPlansAt() {
    }

    static List<Plan> read(JdbcClient jdbc, FigureQuery query) {
        return jdbc.sql("""
                        SELECT pl.id, pl.person_id, pl.started_on,
                               coalesce(review.category, pl.latest_category, initial.category, pl.category) AS category
                        FROM cp_plan pl JOIN person p ON p.id = pl.person_id AND p.merged_into IS NULL
                        LEFT JOIN cp_conference initial ON initial.id = pl.conference_id
                        LEFT JOIN LATERAL (
                            SELECT c.category FROM cp_conference c
                            WHERE c.plan_id = pl.id AND c.kind = 'REVIEW' AND c.decision = 'CONTINUE_PLAN'
                              AND c.held_on <= CAST(:to AS date)
                            ORDER BY c.held_on DESC, c.id DESC LIMIT 1) review ON TRUE
                        WHERE %s AND %s
                        ORDER BY pl.started_on, pl.id
                        """.formatted(Definitions.openAt("pl.started_on", "pl.ended_on", "CAST(:to AS date)"),
                        Definitions.heldBy(query, "pl.person_id", "CAST(:to AS date)")))
                .param("to", Date.valueOf(query.period().to())).param("teams", query.teamsParam())
                .query((rs, n) -> new Plan(rs.getLong("id"), rs.getLong("person_id"), rs.getDate("started_on").toLocalDate(),
                        AbuseCategory.valueOf(rs.getString("category"))))
                .list();
    }
}

package org.opencsc.performance.figures;

import java.sql.Date;
import java.util.List;
import org.opencsc.performance.Definitions;
import org.opencsc.performance.Figure;
import org.opencsc.performance.FigureGroup;
import org.opencsc.performance.FigureQuery;
import org.opencsc.performance.FigureResult;
import org.opencsc.performance.FigureRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Referrals per month: every referral (the start of a child in need episode, as the CIN census
 * counts it, imported ones included) on its referral date.
 */
@Component
class Referrals implements Figure {

    private final JdbcClient jdbc;

    Referrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "referrals";
    }

    @Override
    public FigureGroup group() {
        return FigureGroup.FRONT_DOOR;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String label() {
        return "Referrals";
    }

    @Override
    public String definition() {
        return "Each referral to children’s social care (the start of a child in need episode, as the census counts it),"
                + " counted on its referral date (the day the contact came in), by month.";
    }

    @Override
    public Boolean higherIsBetter() {
        return null;
    }

    @Override
    public FigureResult compute(FigureQuery query) {
        List<FigureRow> rows = jdbc.sql("""
                        SELECT r.id, r.person_id, r.referral_date, r.source_code, r.primary_need_code
                        FROM referral r JOIN person p ON p.id = r.person_id AND p.merged_into IS NULL
                        WHERE r.referral_date BETWEEN :from AND :to AND %s
                        ORDER BY r.referral_date, r.id
                        """.formatted(Definitions.heldBy(query, "r.person_id", "r.referral_date")))
                .param("from", Date.valueOf(query.period().from())).param("to", Date.valueOf(query.period().to()))
                .param("teams", query.teamsParam())
                .query((rs, n) -> new FigureRow(rs.getLong("person_id"), rs.getDate("referral_date").toLocalDate(),
                        "Referral from source " + rs.getString("source_code")
                                + (rs.getString("primary_need_code") == null ? "" : ", primary need " + rs.getString("primary_need_code")),
                        true, rs.getLong("id")))
                .list();
        return Monthly.of(query.period(), rows, false);
    }
}

package org.opencsc.performance.figures;

import java.sql.Date;
import java.util.List;
import org.opencsc.performance.Definitions;
import org.opencsc.performance.Figure;
import org.opencsc.performance.FigureGroup;
import org.opencsc.performance.FigureQuery;
import org.opencsc.performance.FigureResult;
import org.opencsc.performance.FigureRow;
import org.opencsc.platform.web.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Children whose plan made no progress between its last two reviews: drift, the thing a leader should look at first. */
@Component
class NoProgress implements Figure {

    private final JdbcClient jdbc;

    NoProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "no-progress";
    }

    @Override
    public FigureGroup group() {
        return FigureGroup.PROGRESS;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String label() {
        return "Children with no progress over their last two reviews";
    }

    @Override
    public String definition() {
        return "Each child with a plan open at the end of the period that has had two reviews on or before the end, counted"
                + " as making no progress when no outcome scored at both of its last two reviews scored higher at the later"
                + " one (every score the same or lower). Outcomes scored at only one of the two are not compared; a plan"
                + " whose last two reviews share no scored outcome is not counted. A higher share is worse. "
                + OpenPlans.TEXT + " " + Definitions.HELD_BY_TEXT;
    }

    @Override
    public Boolean higherIsBetter() {
        return false;
    }

    @Override
    public FigureResult compute(FigureQuery query) {
        List<FigureRow> rows = jdbc.sql("""
                        WITH %s,
                        review AS (
                            SELECT r.plan_id, r.id, r.held_on,
                                   row_number() OVER (PARTITION BY r.plan_id ORDER BY r.held_on DESC, r.id DESC) AS back
                            FROM plan_review r JOIN open_plan op ON op.plan_id = r.plan_id
                            WHERE r.held_on <= :to
                        )
                        SELECT op.person_id, op.plan_id, op.kind, latest.held_on AS latest_on, earlier.held_on AS earlier_on,
                               count(*) AS compared, count(*) FILTER (WHERE later.score > earlier_score.score) AS rose,
                               count(*) FILTER (WHERE later.score < earlier_score.score) AS fell
                        FROM open_plan op
                        JOIN review latest ON latest.plan_id = op.plan_id AND latest.back = 1
                        JOIN review earlier ON earlier.plan_id = op.plan_id AND earlier.back = 2
                        JOIN plan_review_score later ON later.review_id = latest.id
                        JOIN plan_review_score earlier_score ON earlier_score.review_id = earlier.id AND earlier_score.outcome_id = later.outcome_id
                        GROUP BY op.person_id, op.plan_id, op.kind, latest.held_on, earlier.held_on
                        ORDER BY op.person_id
                        """.formatted(OpenPlans.cte(query)))
                .param("to", Date.valueOf(query.period().to())).param("teams", query.teamsParam())
                .query((rs, n) -> {
                    long compared = rs.getLong("compared");
                    long rose = rs.getLong("rose");
                    long fell = rs.getLong("fell");
                    String between = " between the reviews of " + Dates.govuk(rs.getDate("earlier_on").toLocalDate()) + " and "
                            + Dates.govuk(rs.getDate("latest_on").toLocalDate());
                    String detail = rose == 0
                            ? "No outcome rose" + between + " (" + (compared - fell) + " the same, " + fell + " lower)"
                            : rose + " of " + compared + (compared == 1 ? " outcome" : " outcomes") + " rose" + between;
                    return new FigureRow(rs.getLong("person_id"), rs.getDate("latest_on").toLocalDate(),
                            OpenPlans.kindLabel(rs.getString("kind")) + ": " + detail, rose == 0, rs.getLong("plan_id"));
                })
                .list();
        return FigureResult.share(rows);
    }
}

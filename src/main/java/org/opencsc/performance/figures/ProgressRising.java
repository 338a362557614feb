package org.opencsc.performance.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

/**
 * Children whose plan outcome scores rose since their baseline: the figure for progress, not
 * compliance. The baseline is what the plan package charts as one: the 0-10 score the plan
 * gives each outcome when it is written ({@code baseline} in the version's outcome, shown dated
 * the plan's start), then each review's score; an outcome given no baseline starts from the
 * first review that scored it.
 */
@Component
class ProgressRising implements Figure {

    private final JdbcClient jdbc;

    ProgressRising(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "progress-rising";
    }

    @Override
    public FigureGroup group() {
        return FigureGroup.PROGRESS;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String label() {
        return "Children whose plan outcome scores rose since their baseline";
    }

    @Override
    public String definition() {
        return "Each child with a plan open at the end of the period with at least one outcome scored twice, counted as"
                + " rising when the average of their outcomes’ latest scores is above the average of their baseline scores"
                + " (equal averages are no rise). The outcomes are those of the plan as it read at the end. An outcome’s"
                + " baseline is the 0 to 10 score the plan gives it when written; an outcome given none starts from the"
                + " first review that scored it. Its latest score is the last review on or before the end that scored it."
                + " An outcome added to the plan later counts from its own baseline, like the others; an outcome with only"
                + " one score so far (a baseline and no review yet) is left out of both averages. " + OpenPlans.TEXT + " "
                + Definitions.HELD_BY_TEXT;
    }

    @Override
    public Boolean higherIsBetter() {
        return true;
    }

    @Override
    public FigureResult compute(FigureQuery query) {
        List<FigureRow> rows = jdbc.sql("""
                        WITH %s,
                        outcome AS (
                            SELECT op.plan_id, o ->> 'id' AS outcome_id, CAST(o ->> 'baseline' AS integer) AS baseline
                            FROM open_plan op
                            CROSS JOIN LATERAL jsonb_array_elements(op.snapshot -> 'needs') n
                            CROSS JOIN LATERAL jsonb_array_elements(n -> 'outcomes') o
                        ), point AS (
                            -- The baseline first (review 0, no date), then each review in the order held.
                            SELECT o.plan_id, o.outcome_id, 0 AS after_baseline, NULL::date AS held_on, 0::bigint AS review_id,
                                   o.baseline AS score
                            FROM outcome o WHERE o.baseline IS NOT NULL
                            UNION ALL
                            SELECT o.plan_id, o.outcome_id, 1, r.held_on, r.id, s.score
                            FROM outcome o
                            JOIN plan_review r ON r.plan_id = o.plan_id AND r.held_on <= :to
                            JOIN plan_review_score s ON s.review_id = r.id AND s.outcome_id = o.outcome_id
                        ), scored AS (
                            SELECT plan_id, outcome_id, max(held_on) AS last_on,
                                   (array_agg(score ORDER BY after_baseline, held_on, review_id))[1] AS first_score,
                                   (array_agg(score ORDER BY after_baseline DESC, held_on DESC, review_id DESC))[1] AS last_score
                            FROM point GROUP BY plan_id, outcome_id HAVING count(*) >= 2
                        )
                        SELECT op.person_id, op.plan_id, op.kind, count(*) AS outcomes, max(s.last_on) AS last_on,
                               avg(s.first_score) AS baseline_average, avg(s.last_score) AS latest_average
                        FROM open_plan op JOIN scored s ON s.plan_id = op.plan_id
                        GROUP BY op.person_id, op.plan_id, op.kind
                        ORDER BY op.person_id
                        """.formatted(OpenPlans.cte(query)))
                .param("to", Date.valueOf(query.period().to())).param("teams", query.teamsParam())
                .query((rs, n) -> {
                    BigDecimal baseline = rs.getBigDecimal("baseline_average");
                    BigDecimal latest = rs.getBigDecimal("latest_average");
                    boolean rose = latest.compareTo(baseline) > 0;
                    long outcomes = rs.getLong("outcomes");
                    return new FigureRow(rs.getLong("person_id"), rs.getDate("last_on").toLocalDate(),
                            OpenPlans.kindLabel(rs.getString("kind")) + ": average score " + oneDecimal(baseline)
                                    + " at baseline, " + oneDecimal(latest) + " at the review of "
                                    + Dates.govuk(rs.getDate("last_on").toLocalDate()) + " (" + outcomes
                                    + (outcomes == 1 ? " outcome" : " outcomes") + ")" + (rose ? "" : ": no rise"),
                            rose, rs.getLong("plan_id"));
                })
                .list();
        return FigureResult.share(rows);
    }

    private static String oneDecimal(BigDecimal average) {
        return average.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}

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

/**
 * Re-referrals within 12 months, worked out from the child's referral history as it stands, by the
 * rule the front door marks a new referral by ({@code ReferralRepository.previousWithinTwelveMonths}:
 * an earlier referral dated after the same day a year before). Not the stored
 * {@code referral.re_referral} flag: that was set once, when the referral was made, so it misses
 * the history a merge of duplicate records brings together and referrals imported from a census
 * file. An earlier referral on the same day counts as earlier when it was recorded first (a lower
 * id), as it did when the later one was made.
 */
@Component
class ReReferrals implements Figure {

    private final JdbcClient jdbc;

    ReReferrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "re-referrals";
    }

    @Override
    public FigureGroup group() {
        return FigureGroup.FRONT_DOOR;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String label() {
        return "Re-referrals within 12 months";
    }

    @Override
    public String definition() {
        return "Each referral dated in the period, by month: counted as a re-referral when the child had another referral"
                + " in the 12 months before it, from the child’s referral history as it now stands. " + Definitions.RE_REFERRAL_TEXT;
    }

    @Override
    public Boolean higherIsBetter() {
        return false;
    }

    @Override
    public FigureResult compute(FigureQuery query) {
        List<FigureRow> rows = jdbc.sql("""
                        SELECT r.id, r.person_id, r.referral_date, previous.referral_date AS previous_on
                        FROM referral r JOIN person p ON p.id = r.person_id AND p.merged_into IS NULL
                        LEFT JOIN LATERAL (
                            SELECT e.referral_date FROM referral e
                            WHERE e.person_id = r.person_id
                              AND e.referral_date > r.referral_date - interval '12 months'
                              AND (e.referral_date < r.referral_date OR (e.referral_date = r.referral_date AND e.id < r.id))
                            ORDER BY e.referral_date DESC, e.id DESC LIMIT 1) previous ON TRUE
                        WHERE r.referral_date BETWEEN :from AND :to AND %s
                        ORDER BY r.referral_date, r.id
                        """.formatted(Definitions.heldBy(query, "r.person_id", "r.referral_date")))
                .param("from", Date.valueOf(query.period().from())).param("to", Date.valueOf(query.period().to()))
                .param("teams", query.teamsParam())
                .query((rs, n) -> {
                    Date previous = rs.getDate("previous_on");
                    return new FigureRow(rs.getLong("person_id"), rs.getDate("referral_date").toLocalDate(),
                            previous == null ? "No referral in the 12 months before"
                                    : "Re-referral: previously referred on " + Dates.govuk(previous.toLocalDate()),
                            previous != null, rs.getLong("id"));
                })
                .list();
        return Monthly.of(query.period(), rows, true);
    }
}

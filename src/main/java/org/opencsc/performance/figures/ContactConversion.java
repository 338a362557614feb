package org.opencsc.performance.figures;

import java.sql.Date;
import java.util.List;
import org.opencsc.frontdoor.DecisionOutcome;
import org.opencsc.performance.Definitions;
import org.opencsc.performance.Figure;
import org.opencsc.performance.FigureGroup;
import org.opencsc.performance.FigureQuery;
import org.opencsc.performance.FigureResult;
import org.opencsc.performance.FigureRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Conversion of contacts to referrals: of the children of contacts decided in the period, the
 * share whose contact's (standing) decision is a referral to children's social care.
 */
@Component
class ContactConversion implements Figure {

    private final JdbcClient jdbc;

    ContactConversion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "contact-conversion";
    }

    @Override
    public FigureGroup group() {
        return FigureGroup.FRONT_DOOR;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String label() {
        return "Contacts that became referrals";
    }

    @Override
    public String definition() {
        return "Each child of a contact decided in the period (the day the decision was made, London time), by month:"
                + " counted as converted when the decision (as it stands after any manager’s sign-off) is a referral to"
                + " children’s social care. Every other decision (no further action, information and advice, early help,"
                + " new information for an open case) is not converted.";
    }

    @Override
    public Boolean higherIsBetter() {
        return null;
    }

    @Override
    public FigureResult compute(FigureQuery query) {
        String decided = "(d.decided_at AT TIME ZONE 'Europe/London')::date";
        List<FigureRow> rows = jdbc.sql("""
                        SELECT cc.person_id, c.id, %1$s AS decided_on, d.outcome
                        FROM contact_decision d JOIN contact c ON c.id = d.contact_id
                        JOIN contact_child cc ON cc.contact_id = c.id
                        JOIN person p ON p.id = cc.person_id AND p.merged_into IS NULL
                        WHERE %1$s BETWEEN :from AND :to AND %2$s
                        ORDER BY decided_on, c.id, cc.person_id
                        """.formatted(decided, Definitions.heldBy(query, "cc.person_id", decided)))
                .param("from", Date.valueOf(query.period().from())).param("to", Date.valueOf(query.period().to()))
                .param("teams", query.teamsParam())
                .query((rs, n) -> new FigureRow(rs.getLong("person_id"), rs.getDate("decided_on").toLocalDate(),
                        "Decision: " + outcome(rs.getString("outcome")), "REFERRAL".equals(rs.getString("outcome")),
                        rs.getLong("id")))
                .list();
        return Monthly.of(query.period(), rows, true);
    }

    private static String outcome(String code) {
        return DecisionOutcome.parse(code).map(DecisionOutcome::label).orElse(code);
    }
}

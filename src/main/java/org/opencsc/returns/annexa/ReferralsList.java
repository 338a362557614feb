package org.opencsc.returns.annexa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * List 3, referrals: every referral received in the six months before the inspection date; a
 * child referred twice is on it twice (the template).
 *
 * <p>"Number of Referrals in Last 12 Months" counts the child's other referrals in the 12 months
 * before this one (after the same date a year earlier, as Definitions says of a re-referral), so
 * it is above 0 exactly when this referral is a re-referral. "Referral NFA?" is the census's
 * ReferralNFA: as recorded, else closed with RC8 and nothing followed (no assessment, no
 * enquiry). The team and worker are those the referral was allocated to, else those who held the
 * child on the date.
 */
final class ReferralsList implements AnnexList {

    static final List<Column> COLUMNS = ChildColumns.with(Column.date("Date of referral"), Column.text("Referral Source"),
            Column.text("Referral NFA?"), Column.number("Number of Referrals in Last 12 Months"),
            Column.text("Allocated Team"), Column.text("Allocated Worker"));

    @Override
    public int number() {
        return 3;
    }

    @Override
    public String title() {
        return "Referrals";
    }

    @Override
    public String period() {
        return "Every referral received in the six months up to the inspection date, a row for each.";
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public String sql() {
        return "WITH " + ChildColumns.HELD_AT_DATE + """

                SELECT\s""" + ChildColumns.SELECT + """
                , r.referral_date, r.source_code,
                  coalesce(r.census_referral_nfa,
                           r.closure_reason = 'RC8' AND r.closure_date <= :date
                           AND NOT EXISTS (SELECT 1 FROM single_assessment a WHERE a.referral_id = r.id)
                           AND NOT EXISTS (SELECT 1 FROM strategy_discussion s WHERE s.referral_id = r.id)) AS nfa,
                  (SELECT count(*) FROM referral o
                   WHERE o.person_id = r.person_id AND o.id <> r.id
                     AND o.referral_date > r.referral_date - interval '12 months'
                     AND (o.referral_date, o.id) < (r.referral_date, r.id)) AS earlier,
                  coalesce(t.name, held.team) AS team,
                  CASE WHEN r.team_id IS NOT NULL THEN w.display_name ELSE held.worker END AS worker
                FROM referral r JOIN person p ON p.id = r.person_id
                LEFT JOIN team t ON t.id = r.team_id
                LEFT JOIN app_user w ON w.id = r.worker_id
                LEFT JOIN held ON held.person_id = r.person_id
                WHERE\s""" + ChildColumns.LIVE_CHILD + """
                 AND r.referral_date > :after6 AND r.referral_date <= :date
                ORDER BY r.referral_date, r.id""";
    }

    @Override
    public List<Object> values(ResultSet rs, LocalDate date) throws SQLException {
        List<Object> values = ChildColumns.common(rs, date);
        values.add(ChildColumns.date(rs, "referral_date"));
        values.add(AnnexCodes.source(rs.getString("source_code")));
        Boolean nfa = ChildColumns.bool(rs, "nfa");
        values.add(AnnexCodes.yesNo(nfa != null && nfa));
        values.add(ChildColumns.integer(rs, "earlier"));
        values.add(rs.getString("team"));
        values.add(rs.getString("worker"));
        return values;
    }
}

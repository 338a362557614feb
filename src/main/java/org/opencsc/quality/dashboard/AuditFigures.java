package org.opencsc.quality.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.performance.Bucket;
import org.opencsc.performance.FigureQuery;
import org.opencsc.performance.FigureResult;
import org.opencsc.performance.FigureRow;
import org.opencsc.platform.web.Dates;

/**
 * What the audit figures on the performance dashboards share: the audits of the figure's period
 * and teams (the same rows as the QA dashboard, {@link QualityRecords#audits}), each a row about
 * its child, charted by calendar quarter (audits are done in rounds, months would be mostly empty).
 */
final class AuditFigures {

    static final String TEAM_TEXT = "An audit counts for the team that held the child when the audit was drawn (kept on the"
            + " audit), the team whose practice it looked at.";

    private AuditFigures() {
    }

    static QualityQuery query(FigureQuery figure) {
        return new QualityQuery(figure.period(), figure.today(), figure.teamIds());
    }

    static String describe(AuditRow a) {
        String grade = a.moderatedOverallGrade() == null ? a.overallGrade().label()
                : a.moderatedOverallGrade().label() + " at moderation (the auditor’s " + a.overallGrade().label() + ")";
        return "Audit " + a.id() + " completed " + Dates.govuk(a.completedOn()) + ": " + grade;
    }

    static FigureResult quarterly(QualityQuery query, List<FigureRow> rows) {
        List<Bucket> buckets = new ArrayList<>();
        for (Quarters.Quarter q : Quarters.of(query.period())) {
            long count = 0;
            long met = 0;
            for (FigureRow r : rows) {
                if (Quarters.keyOf(r.date()).equals(q.key())) {
                    count++;
                    met += r.met() ? 1 : 0;
                }
            }
            buckets.add(new Bucket(q.key(), q.label(), count, met));
        }
        return new FigureResult(rows, buckets, rows.stream().map(r -> Quarters.keyOf(r.date())).toList(), true);
    }
}

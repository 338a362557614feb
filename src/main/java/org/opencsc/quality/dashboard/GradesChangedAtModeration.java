package org.opencsc.quality.dashboard;

import java.util.List;
import org.opencsc.performance.Figure;
import org.opencsc.performance.FigureGroup;
import org.opencsc.performance.FigureQuery;
import org.opencsc.performance.FigureResult;
import org.opencsc.performance.FigureRow;
import org.springframework.stereotype.Component;

/**
 * Moderated audits where the second auditor changed a grade: how consistently auditors judge
 * (Liverpool's leaders were working on exactly this). A higher share is worse.
 */
@Component
class GradesChangedAtModeration implements Figure {

    private final QualityRecords records;

    GradesChangedAtModeration(QualityRecords records) {
        this.records = records;
    }

    @Override
    public String key() {
        return "audit-grades-changed-at-moderation";
    }

    @Override
    public FigureGroup group() {
        return FigureGroup.QUALITY_OF_PRACTICE;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String label() {
        return "Moderated audits with a grade changed";
    }

    @Override
    public String definition() {
        return "Each audit completed in the period (on its London date) and moderated since, counted as met when the moderator"
                + " changed at least one grade (a section’s or the overall). A higher share is worse: auditors judging alike"
                + " change few grades. The QA dashboard also gives the share of grades changed of all grades seen. "
                + AuditFigures.TEAM_TEXT;
    }

    @Override
    public Boolean higherIsBetter() {
        return false;
    }

    @Override
    public FigureResult compute(FigureQuery figureQuery) {
        QualityQuery query = AuditFigures.query(figureQuery);
        List<AuditRow> audits = records.audits(query).stream().filter(AuditRow::moderated).toList();
        List<FigureRow> rows = audits.stream().map(a -> new FigureRow(a.personId(), a.completedOn(),
                AuditFigures.describe(a) + (a.changed() ? ", " + a.gradesChanged() + " of " + a.gradesSeen() + " grades changed"
                        : ", every grade agreed"), a.changed(), a.id())).toList();
        return AuditFigures.quarterly(query, rows);
    }
}

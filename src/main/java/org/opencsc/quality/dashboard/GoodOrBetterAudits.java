package org.opencsc.quality.dashboard;

import java.util.List;
import org.opencsc.performance.Figure;
import org.opencsc.performance.FigureGroup;
import org.opencsc.performance.FigureQuery;
import org.opencsc.performance.FigureResult;
import org.opencsc.performance.FigureRow;
import org.springframework.stereotype.Component;

/** Case audits graded good or better, at their final grade, on the performance dashboards. */
@Component
class GoodOrBetterAudits implements Figure {

    private final QualityRecords records;

    GoodOrBetterAudits(QualityRecords records) {
        this.records = records;
    }

    @Override
    public String key() {
        return "audits-good-or-better";
    }

    @Override
    public FigureGroup group() {
        return FigureGroup.QUALITY_OF_PRACTICE;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String label() {
        return "Case audits graded good or better";
    }

    @Override
    public String definition() {
        return "Each audit completed in the period (on its London date), counted as met when its final overall grade is"
                + " outstanding or good: the moderator’s grade when moderation changed it, otherwise the auditor’s. Dip samples"
                + " and thematic audits count too. " + AuditFigures.TEAM_TEXT;
    }

    @Override
    public Boolean higherIsBetter() {
        return true;
    }

    @Override
    public FigureResult compute(FigureQuery figureQuery) {
        QualityQuery query = AuditFigures.query(figureQuery);
        List<AuditRow> audits = records.audits(query);
        List<FigureRow> rows = audits.stream().map(a -> new FigureRow(a.personId(), a.completedOn(), AuditFigures.describe(a),
                a.finalGrade().goodOrBetter(), a.id())).toList();
        return AuditFigures.quarterly(query, rows);
    }
}

package org.opencsc.quality.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.opencsc.quality.Grade;

/**
 * One row of a grades table (a quarter, a team, a theme): how many audits got each final grade,
 * with the total and the share good or better. {@code key} selects the row's audits in the drill-down.
 */
@Schema(name = "QualityGradeRow", description = "Audits by final grade in one row (a quarter, a team, a theme): key selects it")
record GradeRow(String key, String label, long outstanding, long good, long requiresImprovement, long inadequate, long total,
                long goodOrBetter, Integer goodOrBetterPercent) {

    static GradeRow of(String key, String label, List<AuditRow> audits) {
        long[] counts = new long[Grade.values().length];
        audits.forEach(a -> counts[a.finalGrade().ordinal()]++);
        long total = audits.size();
        long better = counts[Grade.OUTSTANDING.ordinal()] + counts[Grade.GOOD.ordinal()];
        return new GradeRow(key, label, counts[Grade.OUTSTANDING.ordinal()], counts[Grade.GOOD.ordinal()],
                counts[Grade.REQUIRES_IMPROVEMENT.ordinal()], counts[Grade.INADEQUATE.ordinal()], total, better,
                QualityFigures.percent(better, total));
    }

    long count(Grade grade) {
        return switch (grade) {
            case OUTSTANDING -> outstanding;
            case GOOD -> good;
            case REQUIRES_IMPROVEMENT -> requiresImprovement;
            case INADEQUATE -> inadequate;
        };
    }
}

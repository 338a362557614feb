package org.opencsc.performance.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.performance.Bucket;
import org.opencsc.performance.Figure;
import org.opencsc.performance.FigureQuery;
import org.opencsc.performance.FigureResult;

/** The performance figures as the API answers them. */
final class FigureAnswer {

    private FigureAnswer() {
    }

    @Schema(name = "PerformanceFigures", description = "Every figure for a period and teams, in dashboard order.")
    record Dashboard(
            @Schema(description = "First day counted (London date)") LocalDate from,
            @Schema(description = "Last day counted (London date)") LocalDate to,
            @Schema(description = "The teams whose children are counted; empty for the whole council") List<Long> teams,
            @Schema(description = "When the figures were counted: they can be a few minutes old") Instant asOf,
            List<Summary> figures) {

        static Dashboard of(FigureQuery query, Instant asOf, List<Summary> figures) {
            return new Dashboard(query.period().from(), query.period().to(), query.teamIds(), asOf, figures);
        }
    }

    @Schema(name = "PerformanceFigure", description = "One figure: what it counts and its numbers.")
    record Summary(
            @Schema(description = "The figure's key, as in /api/v1/performance/figures/{key}") String key,
            @Schema(description = "The dashboard section: PROGRESS, FRONT_DOOR, ASSESSMENT_AND_PROTECTION or VISITS_AND_OVERSIGHT") String group,
            String label,
            @Schema(description = "Exactly what is counted") String definition,
            @Schema(description = "Whether a higher share is better; null for a plain count") Boolean higherIsBetter,
            @Schema(description = "true for a share (met of count), false for a plain count") boolean isShare,
            @Schema(description = "Rows counted (every child's, whoever may see them)") long count,
            @Schema(description = "Rows that meet the figure (for a plain count, every row)") long met,
            @Schema(description = "Whole per cent met; null for a plain count or when nothing was counted") Integer share,
            @Schema(description = "The chart's bars (months, categories); empty when the figure has none") List<Bucket> buckets) {

        static Summary of(Figure figure, FigureResult result) {
            return new Summary(figure.key(), figure.group().name(), figure.label(), figure.definition(), figure.higherIsBetter(),
                    result.isShare(), result.count(), result.met(), result.share(), result.buckets());
        }
    }

    @Schema(name = "PerformanceFigureRows", description = "A figure with the rows behind it that the caller may see: a row about "
            + "a child whose record the caller may not open is not listed, only counted in withheld.")
    record Detail(
            @Schema(description = "First day counted (London date)") LocalDate from,
            @Schema(description = "Last day counted (London date)") LocalDate to,
            @Schema(description = "The teams whose children are counted; empty for the whole council") List<Long> teams,
            Instant asOf,
            Summary figure,
            @Schema(description = "The bucket asked for, or null for all") String bucket,
            @Schema(description = "true or false when only the rows that meet (or do not meet) the figure were asked for") Boolean met,
            @Schema(description = "Rows that match bucket and met, whoever may see them") long matched,
            @Schema(description = "Matching rows about children the caller may not open: not listed") long withheld,
            @Schema(description = "How many different children those withheld rows are about") long withheldChildren,
            List<Row> rows) {
    }

    @Schema(name = "PerformanceFigureRow", description = "One thing counted, about a child the caller may open.")
    record Row(
            @Schema(description = "The child's record id (/api/v1/people/{id})") long personId,
            @Schema(description = "The date the figure looks at (London date)") LocalDate date,
            String detail,
            @Schema(description = "Whether the row meets the figure (in time, in the numerator)") boolean met,
            @Schema(description = "The row's bucket key, or null when the figure has no buckets") String bucket,
            @Schema(description = "The id of the record the row came from (a contact, a referral...)") Long sourceId) {
    }
}

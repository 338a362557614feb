package org.opencsc.plan;

import java.time.LocalDate;
import java.util.List;

/** One outcome's scores over time: the baseline first, then each review's score. */
public record OutcomeProgress(String outcomeId, String text, String zeroMeans, String tenMeans, List<Point> points) {

    /** One score; {@code label} is "Baseline" or the review's date. */
    public record Point(String label, LocalDate on, int score) {
    }

    /** The baseline score, or null when the outcome was given none. */
    public Integer baselineScore() {
        return points.stream().filter(p -> p.label().equals("Baseline")).map(Point::score).findFirst().orElse(null);
    }

    /** The latest review's score, or null before the first review scored this outcome. */
    public Point latestReview() {
        List<Point> reviews = points.stream().filter(p -> !p.label().equals("Baseline")).toList();
        return reviews.isEmpty() ? null : reviews.getLast();
    }

    /** The chart as inline SVG, for th:utext (everything from the plan is escaped). */
    public String chart() {
        return ProgressChart.svg(this);
    }

    /** The figures in words, for the chart's description and the event log. */
    public String inWords() {
        return String.join("; ", points.stream().map(p -> p.label() + ": " + p.score()).toList());
    }
}

package org.opencsc.plan;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A small line chart of an outcome's scores (0-10) by review, drawn on the server as inline SVG
 * so it needs no JavaScript. It is an image to assistive technology (role="img" with a title
 * and a description giving every figure); the page also has a table of the same figures.
 */
final class ProgressChart {

    static final int WIDTH = 360;
    static final int HEIGHT = 180;
    private static final int LEFT = 34;
    private static final int RIGHT = 16;
    private static final int TOP = 14;
    private static final int BOTTOM = 40;

    private ProgressChart() {
    }

    static String svg(OutcomeProgress progress) {
        List<OutcomeProgress.Point> points = progress.points();
        String id = "chart-" + HtmlUtils.htmlEscape(progress.outcomeId());
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"opencsc-progress-chart\" role=\"img\" font-family=\"arial, sans-serif\" width=\"")
                .append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">Progress on ‘").append(HtmlUtils.htmlEscape(progress.text()))
                .append("’, scored 0 to 10</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(HtmlUtils.htmlEscape(progress.inWords())).append("</desc>");
        for (int score : new int[] {0, 5, 10}) {
            int y = y(score);
            s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>")
                    .append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#505a5f\">").append(score).append("</text>");
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            line.append(i == 0 ? "" : " ").append(x(i, points.size())).append(',').append(y(points.get(i).score()));
        }
        if (points.size() > 1) {
            s.append("<polyline points=\"").append(line).append("\" fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"3\"/>");
        }
        for (int i = 0; i < points.size(); i++) {
            OutcomeProgress.Point p = points.get(i);
            int x = x(i, points.size());
            int y = y(p.score());
            s.append("<circle class=\"opencsc-progress-point\" cx=\"").append(x).append("\" cy=\"").append(y)
                    .append("\" r=\"5\" fill=\"#1d70b8\" data-score=\"").append(p.score()).append("\"/>")
                    .append("<text x=\"").append(x).append("\" y=\"").append(y - 9)
                    .append("\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\"#0b0c0c\">")
                    .append(p.score()).append("</text>")
                    .append("<text x=\"").append(x).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
                    .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#505a5f\">")
                    .append(HtmlUtils.htmlEscape(shortLabel(p))).append("</text>");
        }
        return s.append("</svg>").toString();
    }

    private static String shortLabel(OutcomeProgress.Point p) {
        return p.label().equals("Baseline") ? "Baseline"
                : p.on().getDayOfMonth() + " " + p.on().getMonth().getDisplayName(java.time.format.TextStyle.SHORT,
                java.util.Locale.UK) + " " + (p.on().getYear() % 100);
    }

    private static int x(int index, int count) {
        int plot = WIDTH - LEFT - RIGHT - 30;
        return count == 1 ? LEFT + 15 + plot / 2 : LEFT + 15 + index * plot / (count - 1);
    }

    private static int y(int score) {
        int plot = HEIGHT - TOP - BOTTOM;
        return TOP + (10 - score) * plot / 10;
    }
}

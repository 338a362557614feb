package org.opencsc.performance.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencsc.performance.ComputedFigures;
import org.opencsc.performance.Figure;
import org.opencsc.performance.FigureCache;
import org.opencsc.performance.FigureResult;
import org.opencsc.performance.FigureRow;
import org.opencsc.platform.validation.Problems;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Redaction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The rows behind a figure (optionally one bucket's, only those met or not met), as the viewer
 * may see them: a row about a child whose record they may open names the child; the others are
 * only counted ("3 more children you cannot open are counted here"), so a restricted child is
 * named only to the users named on it. Each drill-down is in the access log, with the children
 * it listed and those it counted without showing.
 */
@Service
class DrillDowns {

    /** A row shown: the child (whom the viewer may open) and what was counted. */
    record Line(long personId, String childName, LocalDate dateOfBirth, LocalDate date, String detail, boolean met,
                String bucket, Long sourceId) {
    }

    /**
     * What a drill-down shows: {@code lines} (at most the limit asked for), how many rows matched
     * ({@code rows}, every one, whoever may see them), and how many rows and children were withheld.
     */
    record Result(Figure figure, FigureResult whole, Instant asOf, String bucket, String bucketLabel, Boolean met, List<Line> lines, long rows,
                  long shownRows, long withheldRows, long withheldChildren) {

        public boolean share() {
            return whole.isShare();
        }

        public boolean truncated() {
            return lines.size() < shownRows;
        }
    }

    private final FigureCache cache;
    private final Redaction redaction;
    private final AccessLog accessLog;
    private final JdbcClient jdbc;

    DrillDowns(FigureCache cache, Redaction redaction, AccessLog accessLog, JdbcClient jdbc) {
        this.cache = cache;
        this.redaction = redaction;
        this.accessLog = accessLog;
        this.jdbc = jdbc;
    }

    /** "true" or "false", or null for every row; anything else is a problem on {@code met}. */
    static Boolean parseMet(String met, Problems problems) {
        if (met == null || met.isBlank()) {
            return null;
        }
        return switch (met.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problems.add("met", "met is true (the rows that meet the figure) or false (those that do not)");
                yield null;
            }
        };
    }

    /**
     * The drill-down for a valid filter, or null with a problem on {@code bucket} when the figure
     * has no such bucket. {@code limit} caps the lines listed (null: all).
     */
    Result drill(CurrentUser user, Figure figure, FigureFilter filter, String bucket, Boolean met, Integer limit,
                 AccessLog.Channel channel, String path, Problems problems) {
        ComputedFigures computed = cache.get(filter.query(), figure);
        FigureResult result = computed.of(figure);
        String wanted = bucket == null || bucket.isBlank() ? null : bucket.trim();
        String bucketLabel = null;
        if (wanted != null) {
            bucketLabel = result.buckets().stream().filter(b -> b.key().equals(wanted)).map(b -> b.label()).findFirst().orElse(null);
            if (bucketLabel == null) {
                problems.add("bucket", "This figure has no part " + wanted + ": choose one from the figure’s table");
                return null;
            }
        }
        List<FigureRow> rows = new ArrayList<>();
        List<String> bucketOfRow = new ArrayList<>();
        for (int i = 0; i < result.rows().size(); i++) {
            FigureRow row = result.rows().get(i);
            String rowBucket = result.rowBuckets().isEmpty() ? null : result.rowBuckets().get(i);
            if ((wanted == null || wanted.equals(rowBucket)) && (met == null || row.met() == met)) {
                rows.add(row);
                bucketOfRow.add(rowBucket);
            }
        }
        Redaction.Sights sights = redaction.of(user, rows.stream().map(FigureRow::personId).toList());
        Set<Long> withheldChildren = new LinkedHashSet<>();
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (sights.open(rows.get(i).personId())) {
                open.add(i);
            } else {
                withheldChildren.add(rows.get(i).personId());
            }
        }
        List<Integer> listed = limit == null || open.size() <= limit ? open : open.subList(0, limit);
        Map<Long, Child> children = children(listed.stream().map(i -> rows.get(i).personId()).distinct().toList());
        List<Line> lines = new ArrayList<>(listed.size());
        for (int i : listed) {
            FigureRow row = rows.get(i);
            Child child = children.getOrDefault(row.personId(), new Child("Unknown", null));
            lines.add(new Line(row.personId(), child.name(), child.dateOfBirth(), row.date(), row.detail(), row.met(),
                    bucketOfRow.get(i), row.sourceId()));
        }
        accessLog.recordSearch(user.username(), channel, path, "Performance figure " + figure.key() + " "
                        + Dashboards.describe(filter.query()) + (wanted == null ? "" : ", part " + wanted)
                        + (met == null ? "" : met ? ", met" : ", not met"),
                children.keySet(), withheldChildren);
        return new Result(figure, result, computed.asOf(), wanted, bucketLabel, met, lines, rows.size(), open.size(),
                rows.size() - open.size(), withheldChildren.size());
    }

    private record Child(String name, LocalDate dateOfBirth) {
    }

    private Map<Long, Child> children(List<Long> ids) {
        Map<Long, Child> children = new HashMap<>();
        if (ids.isEmpty()) {
            return children;
        }
        jdbc.sql("SELECT id, coalesce(given_name || ' ', '') || family_name AS name, date_of_birth FROM person WHERE id = ANY(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    var dob = rs.getDate("date_of_birth");
                    children.put(rs.getLong("id"), new Child(rs.getString("name"), dob == null ? null : dob.toLocalDate()));
                });
        return children;
    }
}

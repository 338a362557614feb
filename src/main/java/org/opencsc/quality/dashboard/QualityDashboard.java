package org.opencsc.quality.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Redaction;
import org.springframework.stereotype.Service;

/**
 * The QA dashboard's figures and the audits and learning actions behind each. The figures count
 * everything (a count names nobody); a drill-down lists only the audits and actions about
 * children the viewer may open (a restricted child only to the users named on it) and counts the
 * others, as the performance drill-downs do. Every view is in the access log, a drill-down with
 * the children it listed and those it counted without showing.
 */
@Service
class QualityDashboard {

    /** What a drill-down shows: the lines the viewer may see, and how many more rows and children were counted. */
    record Drill<T>(List<T> lines, long rows, long withheldRows, long withheldChildren) {
    }

    private final QualityRecords records;
    private final Redaction redaction;
    private final AccessLog accessLog;

    QualityDashboard(QualityRecords records, Redaction redaction, AccessLog accessLog) {
        this.records = records;
        this.redaction = redaction;
        this.accessLog = accessLog;
    }

    QualityFigures figures(CurrentUser user, QualityQuery query, AccessLog.Channel channel, String path) {
        QualityFigures figures = QualityFigures.of(query, records.audits(query), records.openActions(query));
        accessLog.recordSearch(user.username(), channel, path, "QA dashboard " + query.describe(), List.of(), List.of());
        return figures;
    }

    /** The figures without an access-log entry of their own: a home's headline, logged as the home's view. */
    QualityFigures headline(QualityQuery query) {
        return QualityFigures.of(query, records.audits(query), records.openActions(query));
    }

    Drill<AuditRow> audits(CurrentUser user, QualityQuery query, AuditCriteria criteria, AccessLog.Channel channel, String path) {
        List<AuditRow> rows = records.audits(query).stream().filter(criteria::matches).toList();
        Drill<AuditRow> drill = withhold(user, rows, AuditRow::personId);
        log(user, channel, path, "QA dashboard audits " + query.describe() + criteria.describe(), drill.lines(), AuditRow::personId,
                rows);
        return drill;
    }

    Drill<QualityRecords.ActionRow> actions(CurrentUser user, QualityQuery query, boolean overdueOnly, AccessLog.Channel channel,
                                            String path) {
        List<QualityRecords.ActionRow> rows = records.openActions(query).stream()
                .filter(a -> !overdueOnly || a.overdueOn(query.today())).toList();
        Drill<QualityRecords.ActionRow> drill = withholdActions(user, rows);
        log(user, channel, path, "QA dashboard learning actions " + query.describe() + (overdueOnly ? ", overdue" : ", open"),
                drill.lines().stream().filter(a -> a.personId() != null).toList(), QualityRecords.ActionRow::personId,
                rows.stream().filter(a -> a.personId() != null).toList());
        return drill;
    }

    private <T> Drill<T> withhold(CurrentUser user, List<T> rows, Function<T, Long> personOf) {
        Redaction.Sights sights = redaction.of(user, rows.stream().map(personOf).toList());
        List<T> shown = new ArrayList<>();
        Set<Long> withheld = new LinkedHashSet<>();
        for (T row : rows) {
            if (sights.open(personOf.apply(row))) {
                shown.add(row);
            } else {
                withheld.add(personOf.apply(row));
            }
        }
        return new Drill<>(shown, rows.size(), rows.size() - shown.size(), withheld.size());
    }

    /** An action about no one child (a team's or the service's) names nobody: it is always listed. */
    private Drill<QualityRecords.ActionRow> withholdActions(CurrentUser user, List<QualityRecords.ActionRow> rows) {
        List<QualityRecords.ActionRow> aboutChildren = rows.stream().filter(a -> a.personId() != null).toList();
        Redaction.Sights sights = redaction.of(user, aboutChildren.stream().map(QualityRecords.ActionRow::personId).toList());
        List<QualityRecords.ActionRow> shown = new ArrayList<>();
        Set<Long> withheld = new LinkedHashSet<>();
        for (QualityRecords.ActionRow row : rows) {
            if (row.personId() == null || sights.open(row.personId())) {
                shown.add(row);
            } else {
                withheld.add(row.personId());
            }
        }
        return new Drill<>(shown, rows.size(), rows.size() - shown.size(), withheld.size());
    }

    private <T> void log(CurrentUser user, AccessLog.Channel channel, String path, String terms, List<T> listed,
                         Function<T, Long> personOf, List<T> all) {
        Set<Long> listedIds = new LinkedHashSet<>(listed.stream().map(personOf).toList());
        Set<Long> unseen = new LinkedHashSet<>(all.stream().map(personOf).filter(id -> !listedIds.contains(id)).toList());
        accessLog.recordSearch(user.username(), channel, path, terms, listedIds, unseen);
    }
}

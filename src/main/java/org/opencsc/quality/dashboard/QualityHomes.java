package org.opencsc.quality.dashboard;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.performance.Period;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Redaction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * What the quality homes show. A QA auditor's: the dashboard's headline for the council over
 * the 12 months to today, their own audits still to do, and the learning actions overdue (the QA
 * team chases them). A partner agency auditor's: the rounds they are added to, each with their
 * agency and last day, and while it lasts the audits in it. These are work lists: a line about a
 * restricted child the user is not named on stays, without the child (so late work cannot hide).
 * Each home's list of children is in the access log.
 */
@Service
@NamedInterface("homes")
public class QualityHomes {

    /** An audit on a home: the child's name, or null when the user may not see it. */
    public record AuditLine(long id, Long personId, String childName, String roundTitle, String status, LocalDate dueOn,
                            boolean overdue) {

        public String statusLabel() {
            return switch (status) {
                case "NOT_STARTED" -> "Not started";
                case "IN_PROGRESS" -> "In progress";
                case "COMPLETED" -> "Completed";
                default -> "Moderated";
            };
        }
    }

    /** A learning action overdue: the child's name when it is about one the user may open. */
    public record ActionLine(long id, String action, String ownerName, LocalDate dueOn, Long personId, String childName,
                             boolean withheld) {
    }

    /** The QA auditor's home. */
    public record AuditorHome(long completed, Integer goodOrBetter, Integer moderationRate, Integer changedShare, long openActions,
                              long overdueActions, List<AuditLine> toDo, List<ActionLine> overdue) {
    }

    /** A round a partner auditor is added to, with their audits in it while their access lasts. */
    public record PartnerRound(long id, String title, String agency, LocalDate lastDay, LocalDate dueOn, boolean ended,
                               List<AuditLine> audits) {
    }

    private final QualityDashboard dashboard;
    private final QualityRecords records;
    private final Redaction redaction;
    private final AccessLog accessLog;
    private final JdbcClient jdbc;
    private final Clock clock;

    QualityHomes(QualityDashboard dashboard, QualityRecords records, Redaction redaction, AccessLog accessLog, JdbcClient jdbc,
                 Clock clock) {
        this.dashboard = dashboard;
        this.records = records;
        this.redaction = redaction;
        this.accessLog = accessLog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public AuditorHome auditor(CurrentUser user) {
        LocalDate today = LondonTime.today(clock);
        QualityQuery council = new QualityQuery(Period.twelveMonthsTo(today), today, List.of());
        QualityFigures f = dashboard.headline(council);
        List<AuditLine> toDo = named(user, jdbc.sql("""
                        SELECT a.id, a.person_id, coalesce(p.given_name || ' ', '') || p.family_name AS child_name, r.title,
                               a.status, r.due_on
                        FROM audit a JOIN audit_round r ON r.id = a.round_id JOIN person p ON p.id = a.person_id
                        WHERE a.auditor_id = :me AND a.status IN ('NOT_STARTED', 'IN_PROGRESS')
                        ORDER BY r.due_on, a.id
                        """).param("me", user.id()).query((rs, n) -> auditLine(rs, today)).list());
        List<QualityRecords.ActionRow> overdueRows = records.openActions(council).stream().filter(a -> a.overdueOn(today)).toList();
        Redaction.Sights sights = redaction.of(user, overdueRows.stream().map(QualityRecords.ActionRow::personId)
                .filter(java.util.Objects::nonNull).toList());
        List<ActionLine> overdue = overdueRows.stream().map(a -> {
            boolean open = a.personId() == null || sights.open(a.personId());
            return new ActionLine(a.id(), open ? a.action() : null, a.ownerName(), a.dueOn(), open ? a.personId() : null,
                    open ? a.childName() : null, !open);
        }).toList();
        List<Long> listed = new ArrayList<>();
        toDo.stream().filter(l -> l.personId() != null).forEach(l -> listed.add(l.personId()));
        overdue.stream().filter(l -> l.personId() != null).forEach(l -> listed.add(l.personId()));
        accessLog.recordSearch(user.username(), AccessLog.Channel.WEB, "/", "QA auditor's home: audits to do, learning actions overdue",
                listed.stream().distinct().toList(), List.of());
        return new AuditorHome(f.completed(), f.overall().goodOrBetterPercent(), f.moderationRate(), f.changedShare(), f.openActions(),
                f.overdueActions(), toDo, overdue);
    }

    public List<PartnerRound> partner(CurrentUser user) {
        LocalDate today = LondonTime.today(clock);
        List<PartnerRound> rounds = jdbc.sql("""
                        SELECT r.id, r.title, arp.agency, arp.last_day, r.due_on FROM audit_round_partner arp
                        JOIN audit_round r ON r.id = arp.round_id WHERE arp.user_id = :me
                        ORDER BY arp.last_day DESC, r.id
                        """).param("me", user.id())
                .query((rs, n) -> new PartnerRound(rs.getLong("id"), rs.getString("title"), rs.getString("agency"),
                        rs.getDate("last_day").toLocalDate(), rs.getDate("due_on").toLocalDate(),
                        rs.getDate("last_day").toLocalDate().isBefore(today), List.of()))
                .list();
        List<PartnerRound> withAudits = new ArrayList<>();
        List<Long> listed = new ArrayList<>();
        for (PartnerRound round : rounds) {
            List<AuditLine> audits = round.ended() ? List.of() : named(user, jdbc.sql("""
                            SELECT a.id, a.person_id, coalesce(p.given_name || ' ', '') || p.family_name AS child_name, r.title,
                                   a.status, r.due_on
                            FROM audit a JOIN audit_round r ON r.id = a.round_id JOIN person p ON p.id = a.person_id
                            WHERE a.round_id = :round ORDER BY a.id
                            """).param("round", round.id()).query((rs, n) -> auditLine(rs, today)).list());
            audits.stream().filter(a -> a.personId() != null).forEach(a -> listed.add(a.personId()));
            withAudits.add(new PartnerRound(round.id(), round.title(), org.opencsc.quality.Agency.valueOf(round.agency()).label(),
                    round.lastDay(), round.dueOn(), round.ended(), audits));
        }
        accessLog.recordSearch(user.username(), AccessLog.Channel.WEB, "/", "Partner auditor's home: rounds and audits", listed,
                List.of());
        return withAudits;
    }

    private static AuditLine auditLine(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
        Date due = rs.getDate("due_on");
        return new AuditLine(rs.getLong("id"), rs.getLong("person_id"), rs.getString("child_name"), rs.getString("title"),
                rs.getString("status"), due.toLocalDate(), due.toLocalDate().isBefore(today));
    }

    /** The lines with the child named only where the user may open the record. */
    private List<AuditLine> named(CurrentUser user, List<AuditLine> lines) {
        return redaction.apply(user, lines, l -> List.of(l.personId()), (l, sight) -> new AuditLine(l.id(), null, null, l.roundTitle(),
                l.status(), l.dueOn(), l.overdue()));
    }
}

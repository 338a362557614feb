package org.opencsc.legal;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Redaction;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.security.Sight;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Every open pre-proceedings across the council, for those who track them (LegalAccess.seesPanel). */
@Service
public class PloPanel {

    /**
     * One pass over each pre-proceedings' meetings (an aggregate with FILTERs in a lateral join)
     * rather than four subqueries per row: at a large council's 400 open pre-proceedings the
     * query takes a few milliseconds either way, this one about half.
     */
    private static final String OPEN_PRE_PROCEEDINGS = """
            SELECT pp.id AS pre_proceedings_id, pp.person_id, coalesce(p.given_name || ' ', '') || p.family_name AS name,
                   pp.started_on, pp.aim_on, m.initial_planned_on, m.initial_held_on, m.next_review_on, m.overdue_meeting_on
            FROM pre_proceedings pp
            JOIN person p ON p.id = pp.person_id
            LEFT JOIN LATERAL (
                SELECT min(planned_on) FILTER (WHERE kind = 'INITIAL') AS initial_planned_on,
                       min(held_on) FILTER (WHERE kind = 'INITIAL') AS initial_held_on,
                       min(planned_on) FILTER (WHERE kind = 'REVIEW' AND held_on IS NULL) AS next_review_on,
                       min(planned_on) FILTER (WHERE held_on IS NULL) AS overdue_meeting_on
                FROM pre_proceedings_meeting WHERE pre_proceedings_id = pp.id) m ON true
            WHERE pp.outcome IS NULL
            ORDER BY pp.started_on, pp.id""";

    private final JdbcClient jdbc;
    private final Redaction redaction;
    private final AccessLog accessLog;

    PloPanel(JdbcClient jdbc, Redaction redaction, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.redaction = redaction;
        this.accessLog = accessLog;
    }

    /**
     * Open pre-proceedings, the longest running first; rows the user may not open are withheld or
     * (restricted) left out. The panel names children like a search does, so each view is logged
     * as one: the records it listed (named or withheld) and those it left out.
     */
    public List<PloPanelRow> rows(CurrentUser user) {
        if (!LegalAccess.seesPanel(user.role())) {
            throw new RecordAccessDeniedException("The PLO panel is for legal advisers, managers and those who track pre-proceedings");
        }
        List<PloPanelRow> rows = jdbc.sql(OPEN_PRE_PROCEEDINGS).query(PloPanelRow.class).list();
        Redaction.Sights sights = redaction.of(user, rows.stream().map(PloPanelRow::personId).toList());
        List<PloPanelRow> shown = new ArrayList<>(rows.size());
        List<Long> listed = new ArrayList<>();
        List<Long> unseen = new ArrayList<>();
        for (PloPanelRow r : rows) {
            Sight sight = sights.of(r.personId());
            if (sight == Sight.SEALED) {
                unseen.add(r.personId());
                continue;
            }
            shown.add(sight == Sight.OPEN ? r : r.withheld());
            listed.add(r.personId());
        }
        accessLog.recordSearch(user.username(), AccessLog.Channel.WEB, PloPanelPageController.PAGE, "PLO panel",
                listed.stream().distinct().toList(), unseen.stream().distinct().toList());
        return shown;
    }
}

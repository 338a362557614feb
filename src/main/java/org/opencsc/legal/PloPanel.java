package org.opencsc.legal;

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

    private final JdbcClient jdbc;
    private final Redaction redaction;
    private final AccessLog accessLog;

    PloPanel(JdbcClient jdbc, Redaction redaction, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.redaction = redaction;
        this.accessLog = accessLog;
    }

    /** Open pre-proceedings, the longest running first; rows the user may not open are withheld or (restricted) left out. */
    public List<PloPanelRow> rows(CurrentUser user) {
        if (!LegalAccess.seesPanel(user.role())) {
            throw new RecordAccessDeniedException("The PLO panel is for legal advisers, managers and those who track pre-proceedings");
        }
        List<PloPanelRow> rows = jdbc.sql("""
                        SELECT pp.id AS pre_proceedings_id, pp.person_id, coalesce(p.given_name || ' ', '') || p.family_name AS name,
                               pp.started_on, pp.aim_on,
                               (SELECT min(m.planned_on) FROM pre_proceedings_meeting m
                                 WHERE m.pre_proceedings_id = pp.id AND m.kind = 'INITIAL') AS initial_planned_on,
                               (SELECT min(m.held_on) FROM pre_proceedings_meeting m
                                 WHERE m.pre_proceedings_id = pp.id AND m.kind = 'INITIAL') AS initial_held_on,
                               (SELECT min(m.planned_on) FROM pre_proceedings_meeting m
                                 WHERE m.pre_proceedings_id = pp.id AND m.kind = 'REVIEW' AND m.held_on IS NULL) AS next_review_on,
                               (SELECT min(m.planned_on) FROM pre_proceedings_meeting m
                                 WHERE m.pre_proceedings_id = pp.id AND m.held_on IS NULL) AS overdue_meeting_on
                        FROM pre_proceedings pp JOIN person p ON p.id = pp.person_id
                        WHERE pp.outcome IS NULL
                        ORDER BY pp.started_on, pp.id""")
                .query(PloPanelRow.class).list();
        return redaction.apply(user, rows, r -> List.of(r.personId()), (r, sight) -> sight == Sight.CLOSED ? r.withheld() : null);
    }
}

package org.opencsc.legal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import org.opencsc.security.Role;
import org.opencsc.workforce.DueItem;
import org.opencsc.workforce.DueWorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pre-proceedings work for My work and Team work: each planned meeting (initial or review) until it
 * is recorded as held, and the step decision by the aim while none is made.
 */
@Component
class PreProceedingsDueWork implements DueWorkSource {

    private final JdbcClient jdbc;

    PreProceedingsDueWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DueItem> dueFor(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        Long[] ids = personIds.stream().distinct().toArray(Long[]::new);
        List<DueItem> due = new ArrayList<>();
        due.addAll(jdbc.sql("""
                        SELECT pp.person_id, m.kind, m.planned_on, pp.id FROM pre_proceedings_meeting m
                        JOIN pre_proceedings pp ON pp.id = m.pre_proceedings_id
                        WHERE pp.person_id = ANY(:ids::bigint[]) AND pp.outcome IS NULL AND m.held_on IS NULL""")
                .param("ids", ids)
                .query((rs, n) -> new DueItem(rs.getLong(1),
                        "INITIAL".equals(rs.getString(2)) ? "Pre-proceedings meeting" : "Pre-proceedings review meeting",
                        rs.getObject(3, java.time.LocalDate.class), page(rs.getLong(1), rs.getLong(4)), false,
                        EnumSet.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.LEGAL_ADVISER), "the social worker"))
                .list());
        due.addAll(jdbc.sql("""
                        SELECT pp.person_id, pp.aim_on, pp.id FROM pre_proceedings pp
                        WHERE pp.person_id = ANY(:ids::bigint[]) AND pp.outcome IS NULL""")
                .param("ids", ids)
                .query((rs, n) -> new DueItem(rs.getLong(1), "Pre-proceedings step decision (the 16-week aim)",
                        rs.getObject(2, java.time.LocalDate.class), page(rs.getLong(1), rs.getLong(3)), true,
                        EnumSet.of(Role.TEAM_MANAGER, Role.LEGAL_ADVISER), "the manager or legal adviser"))
                .list());
        return due;
    }

    private static String page(long personId, long ppId) {
        return "/people/" + personId + "/pre-proceedings/" + ppId;
    }
}

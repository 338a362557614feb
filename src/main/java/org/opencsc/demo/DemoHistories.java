package org.opencsc.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencsc.frontdoor.PrimaryNeed;
import org.opencsc.frontdoor.ReferralSource;
import org.opencsc.person.RelationshipType;
import org.opencsc.platform.web.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The "history and wider family" a generated assessment starts from, laid out as the assessment
 * feature's HistorySummary writes it (referrals and their outcomes, plans, agencies, siblings'
 * involvement, family network), from the council already generated: read in two queries for all
 * children at once, since the summary's own services would read the chronology once per child
 * and ask for a signed-in user.
 */
final class DemoHistories {

    private record Referral(long id, long personId, LocalDate date, String source, String need, boolean re, LocalDate closed,
                            String closure) {
    }

    private record Member(String name, RelationshipType type, LocalDate born, boolean parentalResponsibility, long personId) {
    }

    private final Map<Long, List<Referral>> referrals = new HashMap<>();
    private final Map<Long, List<Member>> family = new HashMap<>();

    DemoHistories(JdbcClient jdbc) {
        jdbc.sql("""
                        SELECT r.id, r.person_id, r.referral_date, r.source_code, r.primary_need_code, r.re_referral, r.closure_date,
                               r.closure_reason
                        FROM referral r JOIN person p ON p.id = r.person_id WHERE p.is_child ORDER BY r.referral_date, r.id
                        """)
                .query((rs, n) -> new Referral(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(), rs.getString(8)))
                .list().forEach(r -> referrals.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r));
        // Each row read from the child's side: "parent of the child", or a sibling either way round.
        jdbc.sql("""
                        SELECT x.child, x.relative, coalesce(p.given_name || ' ', '') || p.family_name, x.type, p.date_of_birth, x.pr
                        FROM (SELECT related_person_id AS child, person_id AS relative, type, parental_responsibility AS pr FROM relationship
                              UNION ALL
                              SELECT person_id, related_person_id, type, false FROM relationship
                              WHERE type IN ('SIBLING', 'HALF_SIBLING', 'STEP_SIBLING')) x
                        JOIN person p ON p.id = x.relative JOIN person c ON c.id = x.child
                        WHERE c.is_child AND x.type <> 'PARTNER' ORDER BY x.child, p.date_of_birth NULLS FIRST, x.relative
                        """)
                .query((rs, n) -> {
                    long child = rs.getLong(1);
                    family.computeIfAbsent(child, k -> new ArrayList<>()).add(new Member(rs.getString(3),
                            RelationshipType.valueOf(rs.getString(4)), rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(),
                            rs.getBoolean(6), rs.getLong(2)));
                    return child;
                })
                .list();
    }

    /** The child's history as known when the assessment started on {@code asAt}. */
    String of(long personId, LocalDate asAt) {
        StringBuilder text = new StringBuilder("Referrals and their outcomes:\n");
        List<Referral> own = referrals.getOrDefault(personId, List.of()).stream().filter(r -> !r.date().isAfter(asAt)).toList();
        if (own.isEmpty()) {
            text.append("- None recorded.\n");
        }
        Set<String> agencies = new LinkedHashSet<>();
        for (Referral r : own) {
            text.append("- ").append(line(r, asAt)).append('\n');
            agencies.add(ReferralSource.fromCode(r.source()).map(ReferralSource::label).orElse(r.source()) + ", referral " + r.id()
                    + " (" + Dates.govuk(r.date()) + ")");
        }
        text.append("\nPlans, categories and level of need:\n- None recorded before this referral.\n");
        text.append("\nAgencies involved:\n");
        if (agencies.isEmpty()) {
            text.append("- None recorded yet.\n");
        }
        agencies.forEach(a -> text.append("- ").append(a).append('\n'));
        List<Member> members = family.getOrDefault(personId, List.of());
        List<Member> siblings = members.stream().filter(m -> m.type().isSibling()).toList();
        if (!siblings.isEmpty()) {
            text.append("\nSiblings' involvement:\n");
            for (Member s : siblings) {
                List<Referral> theirs = referrals.getOrDefault(s.personId(), List.of()).stream()
                        .filter(r -> !r.date().isAfter(asAt)).toList();
                text.append("- ").append(s.name()).append(" (").append(s.type().label().toLowerCase()).append("): ")
                        .append(theirs.isEmpty() ? "no involvement recorded" : theirs.size() + (theirs.size() == 1 ? " referral" : " referrals")
                                + ", the latest on " + Dates.govuk(theirs.getLast().date()))
                        .append('\n');
            }
        }
        text.append("\nFamily network:\n");
        if (members.isEmpty()) {
            text.append("- No family members are linked to the record yet.\n");
        }
        members.stream().sorted(Comparator.comparing(m -> m.type().isSibling())).forEach(m -> text.append("- ").append(m.name())
                .append(", ").append(m.type().label().toLowerCase())
                .append(m.born() == null ? ", date of birth not recorded" : ", born " + Dates.govuk(m.born()))
                .append(m.parentalResponsibility() ? ", has parental responsibility" : "").append('\n'));
        text.append("\nWhat this history tells us about the child's experience now:\n");
        text.append(own.size() > 1
                ? "Referred " + own.size() + " times since " + own.getFirst().date().getYear()
                  + ": the concerns have come back after each episode closed, so this assessment looks at what has not changed."
                : "This is the first referral: the family is new to children's social care.");
        return text.toString();
    }

    private static String line(Referral r, LocalDate asAt) {
        String source = ReferralSource.fromCode(r.source()).map(ReferralSource::label).orElse(r.source());
        String need = PrimaryNeed.fromCode(r.need()).map(n -> n.code() + " " + n.label().toLowerCase()).orElse("no need recorded");
        String state = r.closed() == null || r.closed().isAfter(asAt) ? "still open"
                : "closed " + Dates.govuk(r.closed()) + (r.closure() == null ? "" : " (" + r.closure() + ")");
        return "Referral " + r.id() + ", " + Dates.govuk(r.date()) + " (" + source + "; primary need " + need
                + (r.re() ? "; a re-referral" : "") + "): " + state;
    }
}

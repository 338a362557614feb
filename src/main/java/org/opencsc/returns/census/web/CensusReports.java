package org.opencsc.returns.census.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.opencsc.returns.census.CensusLinks;
import org.opencsc.returns.census.CensusYear;
import org.opencsc.returns.census.export.Unexportable;
import org.opencsc.returns.census.rules.CensusModule;
import org.opencsc.returns.census.rules.CensusProblem;
import org.opencsc.returns.census.rules.RuleType;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Redaction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Builds the {@link CensusReport} a viewer may see from a message's problems. */
@Service
public class CensusReports {

    private final Redaction redaction;
    private final JdbcClient jdbc;

    CensusReports(Redaction redaction, JdbcClient jdbc) {
        this.redaction = redaction;
        this.jdbc = jdbc;
    }

    /**
     * The report for {@code viewer}. A null viewer (the command line, run by whoever holds the
     * server) is given no names: the command line writes only LAchildIDs.
     */
    public CensusReport build(CensusYear year, int childrenInMessage, List<CensusProblem> problems,
                              List<Unexportable> unexportable, CurrentUser viewer) {
        List<Long> people = Stream.concat(problems.stream().map(CensusProblem::personId),
                unexportable.stream().map(Unexportable::personId)).filter(Objects::nonNull).distinct().toList();
        Map<Long, String> names = viewer == null ? Map.of() : namesOfOpen(viewer, people);

        Map<String, long[]> counts = new TreeMap<>();
        Map<String, CensusProblem> firstOfRule = new HashMap<>();
        List<CensusReport.ProblemLine> header = new ArrayList<>();
        Map<ChildKey, List<CensusReport.ProblemLine>> byChild = new LinkedHashMap<>();
        long errors = 0;
        for (CensusProblem p : problems) {
            counts.computeIfAbsent(p.ruleCode(), c -> new long[1])[0]++;
            firstOfRule.putIfAbsent(p.ruleCode(), p);
            errors += p.type() == RuleType.ERROR ? 1 : 0;
            boolean open = p.personId() != null && names.containsKey(p.personId());
            CensusReport.ProblemLine line = line(p, open);
            if (p.module() == CensusModule.HEADER && p.laChildId() == null) {
                header.add(line);
            } else {
                byChild.computeIfAbsent(new ChildKey(p.laChildId(), p.personId()), k -> new ArrayList<>()).add(line);
            }
        }
        List<CensusReport.RuleCount> rules = counts.entrySet().stream().map(e -> {
            CensusProblem first = firstOfRule.get(e.getKey());
            return new CensusReport.RuleCount(e.getKey(), type(first.type()), first.message(), e.getValue()[0]);
        }).toList();
        List<CensusReport.ChildProblems> children = byChild.entrySet().stream().map(e -> {
            // A file checked from elsewhere has no person ids, and the names map (immutable) refuses a null key.
            Long shown = e.getKey().personId() != null && names.containsKey(e.getKey().personId()) ? e.getKey().personId() : null;
            return new CensusReport.ChildProblems(e.getKey().laChildId(), shown, shown == null ? null : names.get(shown),
                    e.getValue());
        }).toList();
        List<CensusReport.UnexportableChild> refused = unexportable.stream().map(u -> {
            Long shown = names.containsKey(u.personId()) ? u.personId() : null;
            return new CensusReport.UnexportableChild(u.laChildId(), shown, shown == null ? null : names.get(shown), u.reason());
        }).toList();
        return new CensusReport(year.year(), year.label(), childrenInMessage, errors, problems.size() - errors, rules, header,
                children, refused);
    }

    static String type(RuleType type) {
        return type == RuleType.ERROR ? "error" : "query";
    }

    private static CensusReport.ProblemLine line(CensusProblem p, boolean open) {
        return new CensusReport.ProblemLine(p.ruleCode(), type(p.type()), p.message(), p.module().element(),
                p.fields().stream().map(f -> new CensusReport.FieldValue(f.name(), f.value())).toList(),
                open ? CensusLinks.pageFor(p) : null);
    }

    /** The names of the people the viewer may open; the others are left out (shown by LAchildID only). */
    private Map<Long, String> namesOfOpen(CurrentUser viewer, Collection<Long> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        Redaction.Sights sights = redaction.of(viewer, people);
        Long[] open = people.stream().filter(sights::open).toArray(Long[]::new);
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT id, concat_ws(' ', given_name, family_name) AS name FROM person WHERE id = ANY(:ids)")
                .param("ids", open)
                .query(rs -> {
                    names.put(rs.getLong("id"), rs.getString("name"));
                });
        return names;
    }

    private record ChildKey(String laChildId, Long personId) {
    }
}

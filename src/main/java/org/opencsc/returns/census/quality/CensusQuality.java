package org.opencsc.returns.census.quality;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.returns.census.CensusLinks;
import org.opencsc.returns.census.CensusYear;
import org.opencsc.returns.census.export.CensusExport;
import org.opencsc.returns.census.export.ExportResult;
import org.opencsc.returns.census.export.Unexportable;
import org.opencsc.returns.census.rules.CensusModule;
import org.opencsc.returns.census.rules.CensusProblem;
import org.opencsc.returns.census.rules.CensusValidation;
import org.opencsc.returns.census.rules.RuleType;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The census problems of the current collection year (the one containing today, so far) for one
 * child, a caseload or a team, worked out on demand from the export and the DfE rules: the export
 * of a few hundred children is a handful of set-based queries and the rules run in memory, so a
 * problem shows the moment the data is wrong and goes the moment it is fixed, with no table of
 * problems to keep in step with every feature's writes. Within one request the same children are
 * worked out once (Team work asks for its due work and for its counts). The whole council's
 * figures are {@link CensusReadiness}'s, cached.
 */
@Service
public class CensusQuality {

    private static final String MEMO = CensusQuality.class.getName() + ".memo";

    private final CensusExport export;
    private final CensusValidation validation;
    private final Clock clock;

    CensusQuality(CensusExport export, CensusValidation validation, Clock clock) {
        this.export = export;
        this.validation = validation;
        this.clock = clock;
    }

    /** The collection year containing today: its problems are those of the year so far. */
    public CensusYear currentYear() {
        return CensusYear.containing(LondonTime.today(clock));
    }

    public List<ChildProblem> forChild(long personId) {
        return forChildren(List.of(personId)).getOrDefault(personId, List.of());
    }

    /** Each child's problems, errors first; a child with none (or not in the census) is absent. */
    public Map<Long, List<ChildProblem>> forChildren(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Set<Long> ids = Set.copyOf(personIds);
        Map<Set<Long>, Map<Long, List<ChildProblem>>> memo = requestMemo();
        if (memo != null && memo.containsKey(ids)) {
            return memo.get(ids);
        }
        CensusYear year = currentYear();
        Map<Long, List<ChildProblem>> found = byChild(problemsOf(export.exportChildren(year, ids), year));
        if (memo != null) {
            memo.put(ids, found);
        }
        return found;
    }

    /** Every problem of an export, the unexportable children's first. */
    List<ChildProblem> problemsOf(ExportResult result, CensusYear year) {
        List<ChildProblem> problems = new ArrayList<>();
        for (Unexportable u : result.unexportable()) {
            problems.add(new ChildProblem(u.personId(), ChildProblem.UNEXPORTABLE, RuleType.ERROR, u.reason(),
                    ProblemWording.shortReason(u.reason()), CensusLinks.pageFor(CensusModule.CHILD_CHARACTERISTICS, u.personId(), null)));
        }
        for (CensusProblem p : validation.validate(result.message(), year)) {
            if (p.personId() != null) {
                problems.add(new ChildProblem(p.personId(), p.ruleCode(), p.type(), p.message(),
                        ProblemWording.says(p.ruleCode(), p.message()), pageFor(p)));
            }
        }
        return problems;
    }

    /**
     * Where the problem is fixed. A referral has no page of its own yet (CensusLinks names
     * /referrals/{id}, which only the API answers), so an episode's problem links to the child's
     * record, whose summary lists the referrals with their actions.
     */
    private static String pageFor(CensusProblem p) {
        return p.module() == CensusModule.CIN_DETAILS ? "/people/" + p.personId() : CensusLinks.pageFor(p);
    }

    private static Map<Long, List<ChildProblem>> byChild(List<ChildProblem> problems) {
        Map<Long, List<ChildProblem>> byChild = new LinkedHashMap<>();
        problems.stream().sorted(Comparator.comparing((ChildProblem p) -> !p.error()).thenComparing(ChildProblem::code))
                .forEach(p -> byChild.computeIfAbsent(p.personId(), id -> new ArrayList<>()).add(p));
        byChild.replaceAll((id, list) -> List.copyOf(list));
        return Map.copyOf(byChild);
    }

    @SuppressWarnings("unchecked")
    private static Map<Set<Long>, Map<Long, List<ChildProblem>>> requestMemo() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        Object memo = request.getAttribute(MEMO, RequestAttributes.SCOPE_REQUEST);
        if (memo == null) {
            memo = new LinkedHashMap<Set<Long>, Map<Long, List<ChildProblem>>>();
            request.setAttribute(MEMO, memo, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<Set<Long>, Map<Long, List<ChildProblem>>>) memo;
    }
}

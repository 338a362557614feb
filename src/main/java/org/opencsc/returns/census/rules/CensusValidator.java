package org.opencsc.returns.census.rules;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencsc.calendar.WorkingDays;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusMessage;
import org.opencsc.returns.census.CensusYear;

/**
 * Runs every rule over a message. The same code validates OpenCSC's export and a file from
 * another system. Rules are sorted by code so the report's order is stable.
 */
public final class CensusValidator {

    private final List<CensusRule> rules;

    public CensusValidator(List<CensusRule> rules) {
        this.rules = rules.stream().sorted(Comparator.comparing(CensusRule::code)).toList();
    }

    public List<CensusRule> rules() {
        return rules;
    }

    /**
     * Validates {@code message} for {@code year}: the year asked for, or the year of the
     * header's reference date when the caller does not know it.
     */
    public List<CensusProblem> validate(CensusMessage message, CensusYear year, WorkingDays workingDays) {
        RuleContext context = new RuleContext(message.header(), year, workingDays,
                duplicated(message.children()));
        Problems problems = new Problems();
        for (CensusRule rule : rules) {
            rule.checkHeader(message.header(), context, problems);
            rule.checkMessage(message, context, problems);
        }
        for (CensusChild child : message.children()) {
            for (CensusRule rule : rules) {
                rule.checkChild(child, context, problems);
            }
        }
        return problems.all();
    }

    private static java.util.Set<String> duplicated(List<CensusChild> children) {
        Map<String, Integer> counts = new HashMap<>();
        for (CensusChild child : children) {
            if (child.laChildId() != null) {
                counts.merge(child.laChildId(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}

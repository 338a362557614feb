package org.opencsc.returns.census.quality;

import java.util.Collection;
import java.util.List;
import org.opencsc.workforce.DueItem;
import org.opencsc.workforce.DueWorkSource;
import org.springframework.stereotype.Component;

/**
 * Each census problem of a child on the caseload, as the allocated worker's due work ("Census:
 * no disability recorded"), linked to where it is fixed; it goes when the data is fixed. Due by
 * the year's reference date (31 March): the date by which the year's data must be right. Not
 * today, which would mark every problem due today for ever and never late; and it sorts behind
 * the statutory work with nearer dates, as it is less urgent than a visit or a conference.
 */
@Component
class CensusDueWork implements DueWorkSource {

    private final CensusQuality quality;

    CensusDueWork(CensusQuality quality) {
        this.quality = quality;
    }

    @Override
    public List<DueItem> dueFor(Collection<Long> personIds) {
        var due = quality.currentYear().referenceDate();
        return quality.forChildren(personIds).values().stream().flatMap(List::stream)
                .map(p -> DueItem.forWorker(p.personId(), p.dueWorkTitle(), due,
                        p.href() != null ? p.href() : "/people/" + p.personId()))
                .toList();
    }

    @Override
    public boolean hasManagerWork() {
        return false;
    }
}

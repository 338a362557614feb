package org.opencsc.visit;

import java.util.Collection;
import java.util.List;
import org.opencsc.workforce.DueItem;
import org.opencsc.workforce.DueWorkSource;
import org.springframework.stereotype.Component;

/**
 * The next visit for every child on a plan or in an open episode: always due, since a child
 * under a plan must keep being seen. The plan, its start and the last visit where the child was
 * seen come from one query; the working days are counted in Java against the bank holidays.
 */
@Component
class VisitDueWork implements DueWorkSource {

    private final Visits visits;

    VisitDueWork(Visits visits) {
        this.visits = visits;
    }

    @Override
    public List<DueItem> dueFor(Collection<Long> personIds) {
        return visits.requirementsFor(personIds).stream()
                .map(r -> DueItem.forWorker(r.personId(), r.what(), r.nextDueOn(), "/visits/new?childId=" + r.personId()))
                .toList();
    }
}

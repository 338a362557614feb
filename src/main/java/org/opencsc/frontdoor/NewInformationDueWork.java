package org.opencsc.frontdoor;

import java.util.Collection;
import java.util.List;
import org.opencsc.workforce.DueItem;
import org.opencsc.workforce.DueWorkSource;
import org.springframework.stereotype.Component;

/**
 * New information passed to the worker who holds a child's open case: on their My work (and the
 * team's Team work) until they or their manager acknowledge it. Found through the child, so if
 * the case moves before it is read, the worker who holds it now is the one asked.
 */
@Component
class NewInformationDueWork implements DueWorkSource {

    private final NewInformationRepository items;

    NewInformationDueWork(NewInformationRepository items) {
        this.items = items;
    }

    @Override
    public List<DueItem> dueFor(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return items.unacknowledgedFor(personIds).stream()
                .map(i -> DueItem.forWorker(i.personId(), "New information from contact " + i.contactId() + ": read and act on it",
                        i.dueOn(), "/contacts/" + i.contactId() + "#new-information"))
                .toList();
    }
}

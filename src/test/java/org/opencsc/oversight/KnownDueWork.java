package org.opencsc.oversight;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opencsc.workforce.DueItem;
import org.opencsc.workforce.DueWorkSource;
import org.springframework.stereotype.Component;

/** A due-work source for tests: items put here for a child come back for that child only, as a feature's would. */
@Component
class KnownDueWork implements DueWorkSource {

    private final Map<Long, DueItem> items = new ConcurrentHashMap<>();

    void put(DueItem item) {
        items.put(item.personId(), item);
    }

    @Override
    public List<DueItem> dueFor(Collection<Long> personIds) {
        return personIds.stream().map(items::get).filter(java.util.Objects::nonNull).toList();
    }
}

package org.opencsc.frontdoor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Contacts in the duty queue about the same child or family, shown together so the duty worker
 * decides them as one picture rather than one at a time. A withheld line is always alone: grouping
 * it would tell who the restricted child is related to.
 */
public record QueueGroup(List<ContactQueueLine> lines) {

    public boolean family() {
        return lines.size() > 1;
    }

    /**
     * Groups the queue, keeping its order: each group sits where its soonest-due contact is.
     * {@code links} are pairs of children who are one family.
     */
    static List<QueueGroup> of(List<ContactQueueLine> queue, List<long[]> links) {
        Map<Long, Long> parent = new HashMap<>();
        for (long[] link : links) {
            union(parent, link[0], link[1]);
        }
        for (ContactQueueLine line : queue) {
            if (line instanceof Contact c) {
                for (long child : c.childIds()) {
                    union(parent, c.childIds().getFirst(), child);
                }
            }
        }
        Map<Object, List<ContactQueueLine>> groups = new LinkedHashMap<>();
        for (ContactQueueLine line : queue) {
            Object key = line instanceof Contact c && !c.childIds().isEmpty() ? find(parent, c.childIds().getFirst()) : line;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
        }
        return groups.values().stream().map(QueueGroup::new).toList();
    }
    private static long find(Map<Long, Long> parent, long x) {
        long root = x;
        while (parent.containsKey(root) && parent.get(root) != root) {
            root = parent.get(root);
        }
        parent.put(x, root);
        return root;
    }

    private static void union(Map<Long, Long> parent, long a, long b) {
        long ra = find(parent, a);
        long rb = find(parent, b);
        if (ra != rb) {
            parent.put(rb, ra);
        }
    }
}

package org.opencsc.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who the generated staff are, so every generated entry names the person who wrote it (never
 * "Case worker" or "Team manager"): each user's name and start date, and each worker's line
 * manager, who allocates their cases and authorises their assessments.
 */
final class DemoStaff {

    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, LocalDate> started = new HashMap<>();
    private final Map<Long, Long> lineManagers = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    /** False when the name is already someone's: names are how entries say who wrote them, so they are unique. */
    boolean free(String name) {
        return !taken.contains(name);
    }

    void add(long id, String name, LocalDate startedOn) {
        names.put(id, name);
        started.put(id, startedOn);
        taken.add(name);
    }

    void lineManager(long manager, long report) {
        lineManagers.put(report, manager);
    }

    String name(long id) {
        return names.get(id);
    }

    LocalDate startedOn(long id) {
        return started.get(id);
    }

    /** The worker's line manager's name (every generated worker has one). */
    String managerOf(long workerId) {
        return names.get(lineManagers.get(workerId));
    }
}

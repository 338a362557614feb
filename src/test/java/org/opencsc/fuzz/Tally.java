package org.opencsc.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the fuzzer sent and got, per operation and status, and every answer that broke a rule. */
final class Tally {

    private final Map<String, Map<Integer, Integer>> byOperation = new TreeMap<>();
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, String> bases = new TreeMap<>();
    private int requests;
    private int namedFields;

    void count(String operation, int status) {
        requests++;
        byStatus.merge(status, 1, Integer::sum);
        byOperation.computeIfAbsent(operation, k -> new TreeMap<>()).merge(status, 1, Integer::sum);
    }

    /** How the valid request the mutations start from was answered, and for whom. */
    void base(String operation, String user, int status) {
        bases.put(operation, status + " as " + user);
    }

    void named() {
        namedFields++;
    }

    void fail(String failure) {
        failures.add(failure);
    }

    List<String> failures() {
        return failures;
    }

    int operations() {
        return byOperation.size();
    }

    String report() {
        StringBuilder s = new StringBuilder();
        s.append("API fuzz: ").append(byOperation.size()).append(" operations, ").append(requests).append(" requests; ")
                .append("by status ").append(byStatus).append("; ")
                .append(namedFields).append(" 400s, each naming a field of its operation; ")
                .append(failures.size()).append(" failures\n");
        byOperation.forEach((op, statuses) -> s.append("  ").append(op).append(": ").append(statuses)
                .append(" (base request ").append(bases.get(op)).append(")\n"));
        failures.stream().limit(200).forEach(f -> s.append("FAILURE ").append(f).append('\n'));
        return s.toString();
    }
}

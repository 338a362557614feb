package org.opencsc.workforce;

import java.util.List;

/** One worker's line on the team work page: how many children they hold and how much is late. */
record WorkerSummary(long userId, String name, int children, long overdue, long dueSoon) {

    static List<WorkerSummary> of(List<WorkerCaseload> workers, DueWorkList work) {
        return workers.stream().map(w -> new WorkerSummary(w.workerId(), w.name(), w.children(),
                work.rows().stream().filter(r -> Long.valueOf(w.workerId()).equals(r.workerId()) && r.overdue()).count(),
                work.rows().stream().filter(r -> Long.valueOf(w.workerId()).equals(r.workerId()) && r.dueSoon()).count()))
                .toList();
    }
}

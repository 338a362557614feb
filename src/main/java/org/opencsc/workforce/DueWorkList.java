package org.opencsc.workforce;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** The due work for a caseload, oldest due date first, with the counts the page heads it with. */
public record DueWorkList(List<DueWorkRow> rows, int children, long overdue, long dueSoon) {

    static DueWorkList of(List<DueWorkRow> rows, int children) {
        return new DueWorkList(rows, children, rows.stream().filter(DueWorkRow::overdue).count(),
                rows.stream().filter(DueWorkRow::dueSoon).count());
    }

    /** Only the overdue rows, oldest first; the counts stay those of the whole list. */
    public DueWorkList overdueOnly() {
        return new DueWorkList(rows.stream().filter(DueWorkRow::overdue).toList(), children, overdue, dueSoon);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return rows.isEmpty();
    }
}

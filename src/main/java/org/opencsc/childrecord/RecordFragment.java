package org.opencsc.childrecord;

import java.util.EnumSet;
import java.util.Set;

/**
 * One piece of a feature's part of the record: the Thymeleaf fragment {@code name} in
 * {@code template} (a path under org/opencsc/, as a view name), placed in {@code slot} at
 * {@code order} on the record's pages {@code parts}. The fragment decides with {@code th:if}
 * whether it shows for this record. A fragment made without parts goes on the summary; one in
 * the {@link RecordSlot#NAME} slot is part of the header, so it shows on every page whatever its parts.
 */
public record RecordFragment(RecordSlot slot, int order, String template, String name, Set<RecordPart> parts) {

    public RecordFragment {
        if (slot == null || template == null || template.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("A record fragment needs a slot, a template and a fragment name");
        }
        if (parts == null || parts.isEmpty()) {
            throw new IllegalArgumentException("Record fragment " + template + " :: " + name + " must go on at least one page");
        }
        parts = Set.copyOf(parts);
    }

    public RecordFragment(RecordSlot slot, int order, String template, String name) {
        this(slot, order, template, name, Set.of(RecordPart.SUMMARY));
    }

    /** The same fragment on these pages instead (a current plan, say, on the summary and on the plans page). */
    public RecordFragment on(RecordPart first, RecordPart... more) {
        return new RecordFragment(slot, order, template, name, EnumSet.of(first, more));
    }

    public boolean shownOn(RecordPart part) {
        return slot == RecordSlot.NAME || parts.contains(part);
    }

    /** The fragment expression the page inserts, for example {@code protection/record-panel :: current-plan}. */
    public String reference() {
        return template + " :: " + name;
    }
}

package org.opencsc.childrecord;

/**
 * One piece of a feature's part of the record page: the Thymeleaf fragment {@code name} in
 * {@code template} (a path under org/opencsc/, as a view name), placed in {@code slot} at
 * {@code order}. The fragment decides with {@code th:if} whether it shows for this record.
 */
public record RecordFragment(RecordSlot slot, int order, String template, String name) {

    public RecordFragment {
        if (slot == null || template == null || template.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("A record fragment needs a slot, a template and a fragment name");
        }
    }

    /** The fragment expression the page inserts, for example {@code protection/record-panel :: current-plan}. */
    public String reference() {
        return template + " :: " + name;
    }
}

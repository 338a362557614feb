package org.opencsc.quality.round;

/** How a round's children were chosen. */
public enum Selection {
    RANDOM("At random from a filter"),
    BY_HAND("By hand");

    private final String label;

    Selection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.opencsc.quality.learning;

/** Whose practice a learning action is about: one worker's, a team's, or the whole service's. */
public enum LearningLevel {
    WORKER("The worker"),
    TEAM("A team"),
    SERVICE("The service");

    private final String label;

    LearningLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

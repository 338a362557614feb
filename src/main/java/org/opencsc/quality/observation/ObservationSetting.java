package org.opencsc.quality.observation;

/** Where the practice was watched. */
public enum ObservationSetting {
    HOME_VISIT("Home visit"),
    CP_CONFERENCE("Child protection conference"),
    CORE_GROUP("Core group"),
    DIRECT_WORK("Direct work with a child"),
    FAMILY_MEETING("Family meeting"),
    OTHER("Other");

    private final String label;

    ObservationSetting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

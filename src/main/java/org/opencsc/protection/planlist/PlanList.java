package org.opencsc.protection.planlist;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/** The lists of open plans that managers, chairs and senior leaders watch for drift. */
@NamedInterface("plan-lists")
public enum PlanList {
    PANEL("panel", "Open 12 months or more (12-month panel)"),
    OVER_TWO_YEARS("over-two-years", "Open over 2 years"),
    REPEAT("repeat", "Repeat plans"),
    ALL("all", "All open plans");

    private final String param;
    private final String label;

    PlanList(String param, String label) {
        this.param = param;
        this.label = label;
    }

    public String param() {
        return param;
    }

    public String label() {
        return label;
    }

    public static Optional<PlanList> parse(String param) {
        return Arrays.stream(values()).filter(l -> l.param.equals(param)).findFirst();
    }
}

package org.opencsc.workforce;

import java.util.Arrays;
import java.util.Optional;

/**
 * The job a worker holds, as the DfE children's social work workforce census names organisational
 * roles: not the system role, which decides what they may see. All but NOT_SOCIAL_WORKER are
 * registered social workers, the people the workforce figures count.
 */
public enum JobRole {
    SENIOR_MANAGER("Senior manager"),
    MIDDLE_MANAGER("Middle manager"),
    FIRST_LINE_MANAGER("First line manager"),
    SENIOR_PRACTITIONER("Senior practitioner"),
    CASE_HOLDER("Case holder"),
    QUALIFIED_NO_CASES("Qualified without cases"),
    NOT_SOCIAL_WORKER("Not a social worker");

    private final String label;

    JobRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean socialWorker() {
        return this != NOT_SOCIAL_WORKER;
    }

    public static Optional<JobRole> parse(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }
}

package org.opencsc.person;

import java.util.Arrays;
import java.util.Optional;

/**
 * "Person A is TYPE of person B". Each type knows how it reads from B's side, so one stored
 * row shows correctly on both records (a parent on the child's page, a child on the parent's).
 */
public enum RelationshipType {
    PARENT("Parent", "Child", false),
    STEP_PARENT("Step-parent", "Step-child", false),
    SIBLING("Sibling", "Sibling", true),
    HALF_SIBLING("Half-sibling", "Half-sibling", true),
    STEP_SIBLING("Step-sibling", "Step-sibling", true),
    GRANDPARENT("Grandparent", "Grandchild", false),
    AUNT_OR_UNCLE("Aunt or uncle", "Niece or nephew", false),
    CARER("Carer", "Cared-for child", false),
    FOSTER_CARER("Foster carer", "Foster child", false),
    PARTNER("Partner", "Partner", false),
    HOUSEHOLD_MEMBER("Household member", "Household member", false),
    OTHER_RELATIVE("Other relative", "Other relative", false),
    FAMILY_FRIEND("Family friend", "Family friend", false);

    private final String label;
    private final String inverseLabel;
    private final boolean sibling;

    RelationshipType(String label, String inverseLabel, boolean sibling) {
        this.label = label;
        this.inverseLabel = inverseLabel;
        this.sibling = sibling;
    }

    public String label() {
        return label;
    }

    public String inverseLabel() {
        return inverseLabel;
    }

    /** Siblings form the group that one event can be recorded once for. */
    public boolean isSibling() {
        return sibling;
    }

    public static Optional<RelationshipType> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}

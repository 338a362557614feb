package org.opencsc.person;

import java.util.Arrays;
import java.util.Optional;

/** Disability codes of the DfE Children in Need census. */
public enum Disability implements CodedValue {
    MOB("Mobility"),
    HAND("Hand function"),
    PC("Personal care"),
    INC("Incontinence"),
    COMM("Communication"),
    LD("Learning"),
    HEAR("Hearing"),
    VIS("Vision"),
    BEH("Behaviour"),
    CON("Consciousness"),
    AUT("Diagnosed with autism or Asperger syndrome"),
    DDA("Other disability under the Equality Act");

    private final String label;

    Disability(String label) {
        this.label = label;
    }

    public String code() {
        return name();
    }

    public String label() {
        return label;
    }

    public static Optional<Disability> fromCode(String code) {
        return Arrays.stream(values()).filter(d -> d.name().equals(code)).findFirst();
    }
}

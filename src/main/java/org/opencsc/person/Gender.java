package org.opencsc.person;

import java.util.Arrays;
import java.util.Optional;

/** Gender as the DfE Children in Need census codes it. */
public enum Gender implements CodedValue {
    MALE("1", "Male"),
    FEMALE("2", "Female"),
    NOT_KNOWN("0", "Not known"),
    NOT_SPECIFIED("9", "Not specified");

    private final String code;
    private final String label;

    Gender(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Gender> fromCode(String code) {
        return Arrays.stream(values()).filter(g -> g.code.equals(code)).findFirst();
    }
}

package org.opencsc.frontdoor;

import java.util.Arrays;
import java.util.Optional;

/** Who the contact came from, as the DfE Children in Need census codes referral sources. */
public enum ReferralSource {
    INDIVIDUAL_FAMILY("1A", "Individual: family member, relative or carer"),
    INDIVIDUAL_ACQUAINTANCE("1B", "Individual: acquaintance (including neighbours and childminders)"),
    INDIVIDUAL_SELF("1C", "Individual: self"),
    INDIVIDUAL_OTHER("1D", "Individual: other"),
    SCHOOLS("2A", "Schools"),
    EDUCATION_SERVICES("2B", "Education services"),
    HEALTH_GP("3A", "Health services: GP"),
    HEALTH_VISITOR("3B", "Health services: health visitor"),
    HEALTH_SCHOOL_NURSE("3C", "Health services: school nurse"),
    HEALTH_OTHER_PRIMARY("3D", "Health services: other primary health services"),
    HEALTH_EMERGENCY("3E", "Health services: A&E (emergency department)"),
    HEALTH_OTHER("3F", "Health services: other"),
    HOUSING("4", "Housing (local authority housing or housing association)"),
    LA_SOCIAL_CARE("5A", "Local authority services: social care"),
    LA_OTHER_INTERNAL("5B", "Local authority services: other internal"),
    LA_EXTERNAL("5C", "Local authority services: external (for example another authority)"),
    LA_EARLY_HELP("5D", "Local authority services: early help"),
    POLICE("6", "Police"),
    OTHER_LEGAL_AGENCY("7", "Other legal agency (courts, probation, immigration, Cafcass, prison)"),
    OTHER("8", "Other (for example faith groups)"),
    ANONYMOUS("9", "Anonymous"),
    UNKNOWN("10", "Unknown");

    private final String code;
    private final String label;

    ReferralSource(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ReferralSource> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
    }
}

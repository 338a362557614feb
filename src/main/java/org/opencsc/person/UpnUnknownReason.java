package org.opencsc.person;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a child has no Unique Pupil Number: the census item UPNunknown (N00135), given only when
 * there is no UPN. UN1 to UN7 carry the DfE's meanings; UN8 to UN10 are named by their code
 * only, until their wording is checked against the 2025-26 specification (a guessed meaning
 * on the page would have workers choose a reason the DfE does not mean).
 */
public enum UpnUnknownReason implements CodedValue {
    UN1("Child is aged under 6 years old and is not yet in school"),
    UN2("Child has never attended a state-funded school in England"),
    UN3("Child is educated outside of England"),
    UN4("Child newly arrived in the UK: UPN not yet obtained"),
    UN5("Sources collating UPNs reflect a discrepancy for the child (UPN not yet resolved)"),
    UN6("Child is aged 6 years or over and is not in school"),
    UN7("Referral with no further action"),
    UN8("UN8, as defined in the DfE's 2025-26 census specification"),
    UN9("UN9, as defined in the DfE's 2025-26 census specification"),
    UN10("UN10, as defined in the DfE's 2025-26 census specification");

    private final String label;

    UpnUnknownReason(String label) {
        this.label = label;
    }

    public String code() {
        return name();
    }

    public String label() {
        return label;
    }

    public static Optional<UpnUnknownReason> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst();
    }
}

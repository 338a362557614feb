package org.opencsc.person;

import java.util.Arrays;
import java.util.Optional;

/** Ethnicity codes of the DfE Children in Need census (the national common basic data set). */
public enum Ethnicity implements CodedValue {
    WBRI("White - English, Welsh, Scottish, Northern Irish or British"),
    WIRI("White - Irish"),
    WIRT("White - Traveller of Irish heritage"),
    WROM("White - Gypsy or Roma"),
    WOTH("White - any other White background"),
    MWBC("Mixed - White and Black Caribbean"),
    MWBA("Mixed - White and Black African"),
    MWAS("Mixed - White and Asian"),
    MOTH("Mixed - any other mixed background"),
    AIND("Asian or Asian British - Indian"),
    APKN("Asian or Asian British - Pakistani"),
    ABAN("Asian or Asian British - Bangladeshi"),
    AOTH("Asian or Asian British - any other Asian background"),
    BCRB("Black or Black British - Caribbean"),
    BAFR("Black or Black British - African"),
    BOTH("Black or Black British - any other Black background"),
    CHNE("Chinese"),
    OOTH("Any other ethnic group"),
    REFU("Refused"),
    NOBT("Information not yet obtained");

    private final String label;

    Ethnicity(String label) {
        this.label = label;
    }

    public String code() {
        return name();
    }

    public String label() {
        return label;
    }

    public static Optional<Ethnicity> fromCode(String code) {
        return Arrays.stream(values()).filter(e -> e.name().equals(code)).findFirst();
    }
}

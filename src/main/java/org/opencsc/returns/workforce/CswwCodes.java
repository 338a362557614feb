package org.opencsc.returns.workforce;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The workforce census's code lists (year ending 30 September 2022, the most recent found), each
 * code with the words a page shows for it, in the order the DfE lists them. The schema
 * ({@code csww-census.xsd}) and the V50 checks hold the same codes.
 */
public final class CswwCodes {

    public static final Map<String, String> GENDER = of(
            "1", "Male", "2", "Female", "9", "Not specified", "0", "Not known");

    public static final Map<String, String> ETHNICITY = of(
            "WBRI", "White British", "WIRI", "White Irish", "WOTH", "Any other White background",
            "MWBC", "White and Black Caribbean", "MWBA", "White and Black African", "MWAS", "White and Asian",
            "MOTH", "Any other mixed background", "AIND", "Indian", "APKN", "Pakistani", "ABAN", "Bangladeshi",
            "AOTH", "Any other Asian background", "BCRB", "Black Caribbean", "BAFR", "Black African",
            "BOTH", "Any other Black background", "CHNE", "Chinese", "OOTH", "Any other ethnic group",
            "REFU", "Declared not stated or refused", "NOBT", "Information not yet obtained");

    public static final Map<String, String> QUAL_LEVEL = of(
            "1", "Undergraduate", "2", "Postgraduate", "3", "Other");

    public static final Map<String, String> START_ORIGIN = of(
            "1", "Newly qualified social worker",
            "2", "Social worker role in a different local authority in England",
            "3", "Social worker role outside England",
            "4", "Agency or consultancy in social work (in England)",
            "5", "Other social work role, not a local authority (in England)",
            "6", "Other social care role in a local authority or elsewhere (in England)",
            "7", "Non-social care role, any role outside England, no employment or a career break",
            "8", "Other", "9", "Not known", "10", "Not yet collected");

    public static final Map<String, String> LEAVER_DESTINATION = of(
            "1", "Social worker role in a different local authority in England",
            "2", "Social worker role outside England",
            "3", "Agency or consultancy in social work (in England)",
            "4", "Other social work role, not a local authority (in England)",
            "5", "Other social care role in a local authority or elsewhere (in England)",
            "6", "Non-social care role, any role outside England, no employment or a career break",
            "7", "Other", "8", "Not known", "9", "Not yet collected");

    public static final Map<String, String> REASON_LEAVE = of(
            "1", "Resignation", "2", "Voluntary redundancy", "3", "Compulsory redundancy", "4", "Dismissed",
            "5", "Retired", "6", "Deceased", "7", "Moved to a role in the council that is not children and family social work",
            "8", "Other", "9", "Not known", "10", "Not yet collected");

    public static final Map<String, String> ABSENCE_REASON = of(
            "SIC", "Sick leave", "MAT", "Maternity or paternity leave",
            "OTH", "Other paid authorised absence (compassionate leave, annual leave needing cases reallocated)",
            "PUB", "Paid absence for public duties (jury service)", "TRN", "Training",
            "UNP", "Unpaid authorised absence", "UNA", "Unauthorised absence");

    /** The census's OrgRole for each V48 job role; NOT_SOCIAL_WORKER has none (such staff are not in the census). */
    public static final Map<String, String> ORG_ROLE = of(
            "SENIOR_MANAGER", "1", "MIDDLE_MANAGER", "2", "FIRST_LINE_MANAGER", "3",
            "SENIOR_PRACTITIONER", "4", "CASE_HOLDER", "5", "QUALIFIED_NO_CASES", "6");

    private CswwCodes() {
    }

    private static Map<String, String> of(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}

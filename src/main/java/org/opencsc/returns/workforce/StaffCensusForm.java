package org.opencsc.returns.workforce;

import java.time.LocalDate;
import java.util.Map;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.WholeNumbers;

/**
 * A worker's census details as typed on their page, kept as typed so a refused form shows it
 * again; {@link #read} turns it into what is saved, or problems naming each field.
 */
record StaffCensusForm(String birthDay, String birthMonth, String birthYear, String gender, String ethnicity,
                       String qualInstitution, String qualLevel, String stepUpGraduate, String frontlineGraduate,
                       String startOrigin, String leaverDestination, String reasonLeave, String version) {

    static final int MAX_INSTITUTION = 200;

    static StaffCensusForm of(StaffCensusDetails.Details d) {
        LocalDate b = d.birthDate();
        return new StaffCensusForm(b == null ? "" : String.valueOf(b.getDayOfMonth()), b == null ? "" : String.valueOf(b.getMonthValue()),
                b == null ? "" : String.valueOf(b.getYear()), d.gender(), d.ethnicity(), d.qualInstitution(), d.qualLevel(),
                yesNo(d.stepUpGraduate()), yesNo(d.frontlineGraduate()), d.startOrigin(), d.leaverDestination(), d.reasonLeave(),
                String.valueOf(d.version()));
    }

    /** The details to save, or null with the problems added. {@code today}: a date of birth is not in the future. */
    StaffCensusDetails.Details read(LocalDate today, Problems problems) {
        LocalDate birth = DateParts.fromParts(birthDay, birthMonth, birthYear, "birth", "Date of birth", problems);
        if (birth != null && birth.isAfter(today.minusYears(16))) {
            problems.add("birth", "Date of birth must be at least 16 years ago");
        }
        String institution = qualInstitution == null || qualInstitution.isBlank() ? null : qualInstitution.strip();
        if (institution != null && institution.length() > MAX_INSTITUTION) {
            problems.add("qualInstitution", "Qualification institution must be " + MAX_INSTITUTION + " characters or fewer");
        }
        Integer v = WholeNumbers.intOrEmpty(version).orElse(null);
        if (v == null || v < 0) {
            problems.add("version", "The form was not sent whole: open the page again");
        }
        StaffCensusDetails.Details d = new StaffCensusDetails.Details(birth,
                code(gender, CswwCodes.GENDER, "gender", "Gender", problems),
                code(ethnicity, CswwCodes.ETHNICITY, "ethnicity", "Ethnicity", problems),
                institution,
                code(qualLevel, CswwCodes.QUAL_LEVEL, "qualLevel", "Qualification level", problems),
                flag(stepUpGraduate, "stepUpGraduate", "Step Up to Social Work", problems),
                flag(frontlineGraduate, "frontlineGraduate", "Frontline", problems),
                code(startOrigin, CswwCodes.START_ORIGIN, "startOrigin", "Where they came from", problems),
                code(leaverDestination, CswwCodes.LEAVER_DESTINATION, "leaverDestination", "Where they went", problems),
                code(reasonLeave, CswwCodes.REASON_LEAVE, "reasonLeave", "Reason for leaving", problems),
                v == null ? 0 : v);
        return problems.isEmpty() ? d : null;
    }

    /** Blank is "not recorded"; anything else must be one of the census's codes. */
    static String code(String value, Map<String, String> codes, String field, String label, Problems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!codes.containsKey(value.strip())) {
            problems.add(field, label + " must be one of the census’s choices");
            return null;
        }
        return value.strip();
    }

    private static Boolean flag(String value, String field, String label, Problems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "yes" -> true;
            case "no" -> false;
            default -> {
                problems.add(field, label + " must be yes, no or not recorded");
                yield null;
            }
        };
    }

    private static String yesNo(Boolean value) {
        return value == null ? "" : value ? "yes" : "no";
    }
}

package org.opencsc.returns.workforce;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks made before the file leaves, modelled on the DfE's validation of the census (codes
 * are OpenCSC's own: the DfE's rule numbers were not in reach). What the database already
 * refuses is not checked again: an SWE number not SW and digits, an FTE outside (0, 1], a leaving
 * date before the start date (V48's constraints), an absence ending before it starts (V50).
 */
final class CswwChecks {

    private CswwChecks() {
    }

    static List<CswwProblem> check(WorkforceCensusYear year, List<CswwWorker> workers, Map<Long, LocalDate> qualifiedOn) {
        List<CswwProblem> problems = new ArrayList<>();
        Map<String, CswwWorker> bySwe = new HashMap<>();
        for (CswwWorker w : workers) {
            List<CswwProblem> p = new ArrayList<>();
            if (w.sweNo() == null) {
                p.add(error(w, "SWE_MISSING", "SWENo", "No Social Work England registration number: the census identifies every "
                        + "social worker by it (the file is refused without it)"));
            } else {
                CswwWorker other = bySwe.putIfAbsent(w.sweNo(), w);
                if (other != null) {
                    p.add(error(w, "SWE_DUPLICATE", "SWENo", "The registration number " + w.sweNo() + " is also "
                            + other.name() + "’s: each social worker has their own"));
                }
            }
            if (w.qualInst() == null) {
                p.add(error(w, "QUALINST_MISSING", "QualInst", "No qualification institution: where they qualified as a social worker "
                        + "(the file is refused without it)"));
            }
            if (w.orgRole() == null) {
                p.add(error(w, "ORGROLE_MISSING", "OrgRole", "No job role recorded on their employment record"));
            }
            if (w.roleStartDate() == null) {
                p.add(error(w, "START_MISSING", "RoleStartDate", "No start date recorded on their employment record"));
            }
            if (!w.agency()) {
                ownStaff(year, w, p);
            }
            LocalDate qualified = qualifiedOn.get(w.userId());
            if (qualified != null && qualified.isAfter(year.referenceDate())) {
                p.add(query(w, "QUALIFIED_LATER", "OrgRole", "Counted as a social worker but qualified on " + qualified
                        + ", after 30 September " + year.year()));
            }
            problems.addAll(p);
        }
        return problems;
    }

    /** The items asked of the council's own social workers, not of agency workers. */
    private static void ownStaff(WorkforceCensusYear year, CswwWorker w, List<CswwProblem> p) {
        if (w.personBirthDate() == null) {
            p.add(error(w, "BIRTH_DATE_MISSING", "PersonBirthDate", "No date of birth"));
        } else {
            int age = Period.between(w.personBirthDate(), year.referenceDate()).getYears();
            if (age < 20 || age > 75) {
                p.add(query(w, "AGE_UNLIKELY", "PersonBirthDate", "Aged " + age + " on 30 September " + year.year()
                        + ": check the date of birth (" + w.personBirthDate() + ")"));
            }
        }
        if (w.genderCurrent() == null) {
            p.add(error(w, "GENDER_MISSING", "GenderCurrent", "No gender"));
        }
        if (w.ethnicity() == null) {
            p.add(error(w, "ETHNICITY_MISSING", "Ethnicity", "No ethnicity"));
        }
        if (w.qualLevel() == null) {
            p.add(error(w, "QUAL_LEVEL_MISSING", "QualLevel", "No qualification level"));
        }
        if (year.contains(w.roleStartDate()) && w.startOrigin() == null) {
            p.add(error(w, "START_ORIGIN_MISSING", "StartOrigin", "Started in the year on " + w.roleStartDate()
                    + " but where they came from is not recorded"));
        }
        if (w.leaver() && w.reasonLeave() == null) {
            p.add(error(w, "REASON_LEAVE_MISSING", "ReasonLeave", "Left on " + w.roleEndDate()
                    + " but the reason for leaving is not recorded"));
        }
        if (w.leaver() && w.leaverDestination() == null) {
            p.add(error(w, "DESTINATION_MISSING", "LeaverDestination", "Left on " + w.roleEndDate()
                    + " but where they went is not recorded"));
        }
    }

    private static CswwProblem error(CswwWorker w, String code, String item, String message) {
        return new CswwProblem(w.userId(), w.name(), code, true, item, message);
    }

    private static CswwProblem query(CswwWorker w, String code, String item, String message) {
        return new CswwProblem(w.userId(), w.name(), code, false, item, message);
    }
}

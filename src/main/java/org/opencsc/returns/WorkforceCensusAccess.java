package org.opencsc.returns;

import org.opencsc.security.Role;

/**
 * Who may do what with the DfE children's social work workforce census, asked by its pages, its
 * API and the menu alike. As the CIN census ({@link CensusAccess}): the data and performance
 * officer produces the return and the senior leader answers for it, so both export it and see its
 * problems. Only the data officer records a worker's census details (date of birth, ethnicity,
 * absence...): they are personal data kept for the return, not a manager's employment record.
 */
public final class WorkforceCensusAccess {

    /** The census page, linked from the menu. */
    public static final String PAGE = "/returns/workforce-census";

    private WorkforceCensusAccess() {
    }

    public enum Operation {
        /** The export, its summary and its problems, and reading a worker's census details. */
        EXPORT("Only a data and performance officer or a senior leader can see the workforce census"),
        /** Recording a worker's census details and absences. */
        RECORD("Only a data and performance officer can record a worker’s census details");

        private final String refusal;

        Operation(String refusal) {
            this.refusal = refusal;
        }

        public boolean allows(Role role) {
            return switch (this) {
                case EXPORT -> role == Role.DATA_OFFICER || role == Role.SENIOR_LEADER;
                case RECORD -> role == Role.DATA_OFFICER;
            };
        }

        public String refusal() {
            return refusal;
        }
    }

    public static boolean canExport(Role role) {
        return Operation.EXPORT.allows(role);
    }

    /** A worker's census details page, where the lead's workforce pages may link. */
    public static String staffPage(long userId) {
        return PAGE + "/staff/" + userId;
    }
}

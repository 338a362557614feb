package org.opencsc.returns;

import org.opencsc.security.Role;

/**
 * Who may do what with the Children in Need census, asked by its pages, its API, its command
 * line's callers and the menu alike (so no role is offered a link that answers 403).
 *
 * <p>The data and performance officer produces the return and the senior leader answers for
 * it, so both export it, see its report and check a file against the rules. Only the data
 * officer imports: an import writes children's histories from another system's file, which is
 * the data officer's migration work; a senior leader writes no case records, and the
 * administrator opens no child's record, so could neither judge a doubtful match nor see what
 * the import wrote.
 */
public final class CensusAccess {

    /** The census page, linked from the menu. */
    public static final String PAGE = "/returns/cin-census";

    private CensusAccess() {
    }

    /** What one may do, each with who may and what a refusal says. */
    public enum Operation {
        /** Export, download, the validation report and its CSV. */
        EXPORT("Only a data and performance officer or a senior leader can export the Children in Need census"),
        /** Check a census file against the schema and the rules (nothing is loaded). */
        VALIDATE("Only a data and performance officer or a senior leader can check a census file"),
        /** Load a census file's children and their histories. */
        IMPORT("Only a data and performance officer can import a census file");

        private final String refusal;

        Operation(String refusal) {
            this.refusal = refusal;
        }

        public boolean allows(Role role) {
            return switch (this) {
                case EXPORT, VALIDATE -> role == Role.DATA_OFFICER || role == Role.SENIOR_LEADER;
                case IMPORT -> role == Role.DATA_OFFICER;
            };
        }

        public String refusal() {
            return refusal;
        }
    }

    public static boolean canExport(Role role) {
        return Operation.EXPORT.allows(role);
    }

    public static boolean canImport(Role role) {
        return Operation.IMPORT.allows(role);
    }
}

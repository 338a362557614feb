package org.opencsc.workforce;

/** A member of staff who can be given an action: offered by name, named in the API by username. */
public record StaffMember(long id, String username, String name, String roleLabel, String teams) {

    /** How the staff list shows them: enough to tell two people of one name apart. */
    public String label() {
        return name + " (" + roleLabel + (teams == null ? "" : ", " + teams) + ")";
    }
}

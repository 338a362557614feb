package org.opencsc.security;

/**
 * The people who use the system (DOMAIN.md "Who uses it") and how far each can see.
 * Scope decides which children's records a role may open; restricted records override it.
 */
public enum Role {
    CONTACT_OFFICER("Contact officer", Scope.FRONT_DOOR, true),
    DUTY_SOCIAL_WORKER("Duty (MASH) social worker", Scope.FRONT_DOOR, true),
    DUTY_MANAGER("Duty (MASH) manager", Scope.FRONT_DOOR, true),
    SOCIAL_WORKER("Social worker", Scope.TEAM, true),
    FAMILY_SUPPORT_WORKER("Family support or specialist worker", Scope.TEAM, true),
    TEAM_MANAGER("Team manager", Scope.SERVICE_AREA, true),
    CONFERENCE_CHAIR("Child protection chair (IRO)", Scope.ALL, true),
    LEGAL_ADVISER("Legal / PLO panel", Scope.ALL, true),
    QA_AUDITOR("Quality assurance officer", Scope.ALL, false),
    /**
     * Produces the returns (the CIN census, Annex A) and chases data quality with the workers: a
     * census problem can be on any child in any team, so it reads every record that is not
     * restricted; it writes no case records (the worker who holds the case corrects it).
     */
    DATA_OFFICER("Data and performance officer", Scope.ALL, false),
    SENIOR_LEADER("Senior leader", Scope.ALL, false),
    INSPECTOR("Inspector (read-only, time-boxed)", Scope.ALL, false),
    /**
     * An auditor from a partner agency (health, police, education) on a multi-agency audit: reads
     * only the children in the audit rounds they are added to, until the last day given there,
     * and answers only their agency's questions. Their account is time-boxed too.
     */
    PARTNER_AUDITOR("Partner agency auditor (time-boxed)", Scope.AUDIT, false),
    ADMIN("System administrator", Scope.NONE, false);

    /** How far a role sees beyond the records allocated to its own teams. */
    public enum Scope {
        /** Children allocated to the user's teams. */
        TEAM,
        /**
         * Every record that is not restricted: the front door checks a child's whole history
         * (and records contacts on open cases) before deciding, whoever holds the case.
         */
        FRONT_DOOR,
        /** Every team in the user's service areas, plus unallocated children. */
        SERVICE_AREA,
        /** Every record that is not restricted. */
        ALL,
        /** Only the children in the audits the user is added to, while that lasts (quality). */
        AUDIT,
        /** No child records at all (administrators see only the access log). */
        NONE
    }

    private final String label;
    private final Scope scope;
    private final boolean records;

    Role(String label, Scope scope, boolean records) {
        this.label = label;
        this.scope = scope;
        this.records = records;
    }

    public String label() {
        return label;
    }

    public Scope scope() {
        return scope;
    }

    /** Whether the role writes to a child's record (people, relationships, case notes). */
    public boolean recordsOnCases() {
        return records;
    }

    /**
     * Roles that look but do not change: auditors, data officers, senior leaders, inspectors, and the
     * administrator (who manages accounts on pages, and opens no records). Over the API they may
     * make only the few writes SecurityConfig lists for them, and are refused any other before
     * their request is read.
     */
    public boolean readOnly() {
        return !records;
    }

    /** Managers merge duplicate records and restrict records. */
    public boolean isManager() {
        return this == TEAM_MANAGER || this == DUTY_MANAGER;
    }

    /** Roles whose accounts must have a last day of access. */
    public boolean timeBoxed() {
        return this == INSPECTOR || this == PARTNER_AUDITOR;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}

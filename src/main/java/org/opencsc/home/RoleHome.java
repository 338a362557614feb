package org.opencsc.home;

import org.opencsc.security.Role;

/** Which first page a role lands on, and what the menu calls it. */
enum RoleHome {
    MY_WORK("My work"),
    CONTACT_OFFICER("Home"),
    DUTY("Home"),
    CHAIR("Chair’s view"),
    AUDITOR("Home"),
    /** A partner agency's auditor: their rounds and audits, not a search (they open only their audits' children). */
    PARTNER_AUDITOR("Home"),
    DATA_OFFICER("Home"),
    SENIOR_LEADER("Council overview"),
    INSPECTOR("Home");

    private final String menuLabel;

    RoleHome(String menuLabel) {
        this.menuLabel = menuLabel;
    }

    String menuLabel() {
        return menuLabel;
    }

    static RoleHome of(Role role) {
        return switch (role) {
            case CONTACT_OFFICER -> CONTACT_OFFICER;
            case DUTY_SOCIAL_WORKER, DUTY_MANAGER -> DUTY;
            case CONFERENCE_CHAIR -> CHAIR;
            case QA_AUDITOR -> AUDITOR;
            case PARTNER_AUDITOR -> PARTNER_AUDITOR;
            case DATA_OFFICER -> DATA_OFFICER;
            case SENIOR_LEADER -> SENIOR_LEADER;
            case INSPECTOR -> INSPECTOR;
            // Social workers, family support workers and team managers work from their caseload's due work;
            // legal advisers from the children they are asked about; the administrator has My work's pointers.
            case SOCIAL_WORKER, FAMILY_SUPPORT_WORKER, TEAM_MANAGER, LEGAL_ADVISER, ADMIN -> MY_WORK;
        };
    }

    /** Whether My work is a page of its own in the menu: for roles that have due work but another home. */
    static boolean myWorkInMenu(Role role) {
        return of(role) != MY_WORK && role.recordsOnCases();
    }
}

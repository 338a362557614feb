package org.opencsc.legal;

import java.util.Set;
import org.opencsc.security.Role;

/**
 * Which role takes which step of pre-proceedings. Each step's form and its save both ask this
 * (and then whether the user may write on the child's record), so a form is offered exactly when
 * sending it would be accepted. The pages, API and menu ask here, never their own list.
 */
public final class LegalAccess {

    private static final Set<Role> DECIDE = Set.of(Role.TEAM_MANAGER, Role.LEGAL_ADVISER);
    private static final Set<Role> WORK = Set.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.LEGAL_ADVISER);
    private static final Set<Role> PANEL = Set.of(Role.LEGAL_ADVISER, Role.TEAM_MANAGER, Role.SENIOR_LEADER, Role.QA_AUDITOR,
            Role.INSPECTOR, Role.DATA_OFFICER, Role.CONFERENCE_CHAIR);

    private LegalAccess() {
    }

    /** The legal planning meeting is recorded by the manager or the legal adviser who attended it. */
    public static boolean recordsLegalPlanningMeeting(Role role) {
        return DECIDE.contains(role);
    }

    /** Meetings, family group decision making and reviews: the social worker, manager or legal adviser. */
    public static boolean recordsPreProceedings(Role role) {
        return WORK.contains(role);
    }

    /** The step decision and outcome, and an extension of the 16-week aim, are a manager's or legal adviser's decision. */
    public static boolean decidesStep(Role role) {
        return DECIDE.contains(role);
    }

    /** Drafting, checking and sending a letter before proceedings. */
    public static boolean draftsLetters(Role role) {
        return WORK.contains(role);
    }

    /** Sending a letter despite blocking plain-English findings takes a team manager's reason. */
    public static boolean overridesPlainEnglish(Role role) {
        return role == Role.TEAM_MANAGER;
    }

    /** The PLO panel page: who tracks pre-proceedings across the council (rows still follow AccessPolicy). */
    public static boolean seesPanel(Role role) {
        return PANEL.contains(role);
    }
}

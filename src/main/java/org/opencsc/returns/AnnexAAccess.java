package org.opencsc.returns;

import org.opencsc.security.Role;

/**
 * Who may download Ofsted Annex A, asked by its page, its API and the menu alike (so no role is
 * offered a link that answers 403). The senior leader answers for it, the data and performance
 * officer produces it, and the inspector is who it is for: Ofsted asks for it at the start of an
 * inspection. All three read every record that is not restricted and write none; the inspector's
 * account is time-boxed, which sign-in and every request already enforce ({@code AccountChecks}).
 */
public final class AnnexAAccess {

    /** The Annex A page, linked from the menu and the inspector's home. */
    public static final String PAGE = "/returns/annex-a";

    public static final String REFUSAL = "Only a senior leader, a data and performance officer or an inspector can "
            + "download Ofsted Annex A";

    private AnnexAAccess() {
    }

    public static boolean canDownload(Role role) {
        return role == Role.SENIOR_LEADER || role == Role.DATA_OFFICER || role == Role.INSPECTOR;
    }
}

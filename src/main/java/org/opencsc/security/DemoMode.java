package org.opencsc.security;

/** Demo data (and the demo logins on the sign-in page) default to on only for the embedded database. */
public final class DemoMode {

    /** The demo logins listed on the sign-in page: one for each role. The demo seeder creates them. */
    public static final java.util.List<String> LOGINS = java.util.List.of(
            "contact", "duty", "dutymanager", "social", "family", "manager", "chair", "legal", "auditor", "dataofficer", "leader",
            "inspector", "admin", "social2", "manager2", "auditor2", "partner");

    private DemoMode() {
    }

    public static boolean enabled(String setting, String databaseUrl) {
        if ("true".equalsIgnoreCase(setting)) {
            return true;
        }
        if ("false".equalsIgnoreCase(setting)) {
            return false;
        }
        return databaseUrl == null || databaseUrl.isBlank();
    }
}

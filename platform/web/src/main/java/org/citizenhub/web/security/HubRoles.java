package org.citizenhub.web.security;

/** Realm roles of the {@code citizen-hub} Keycloak realm. Authorities are {@code ROLE_<role>}. */
public final class HubRoles {

    public static final String CITIZEN = "citizen";
    /** Department staff, scoped to their department. */
    public static final String HANDLER = "handler";
    /** Reviews content before publication. */
    public static final String REVIEWER = "reviewer";
    /** 督办: sees all departments. */
    public static final String SUPERVISOR = "supervisor";
    /** System administration (not content). */
    public static final String ADMIN = "admin";

    private HubRoles() {
    }
}

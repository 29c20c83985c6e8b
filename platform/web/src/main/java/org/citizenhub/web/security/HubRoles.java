package org.citizenhub.web.security;

/** Realm roles of the {@code citizen-hub} Keycloak realm. Authorities are {@code ROLE_<role>}. */
public final class HubRoles {

    public static final String CITIZEN = "citizen";
    /** Department staff, scoped to their department. */
    public static final String HANDLER = "handler";
    /** Reviews content before publication. */
    public static final String REVIEWER = "reviewer";
    /**
     * 督办: sees all departments; with a {@code site} claim, a site supervisor who sees the departments of that
     * site's subtree (see {@link DepartmentScope#of(CurrentUser, java.util.Set, SiteTree)}).
     */
    public static final String SUPERVISOR = "supervisor";
    /** System administration (not content), hub-wide. */
    public static final String ADMIN = "admin";
    /**
     * Administration of one site (集约化): its mailboxes, routing rules and configuration, and nothing outside it
     * (the site is the token's {@code site} claim). See {@link SiteAdministration}.
     */
    public static final String SITE_ADMIN = "site-admin";

    private HubRoles() {
    }
}

package org.citizenhub.web.security;

import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.problem.HubProblem;

/**
 * Who may administer what belongs to a site (集约化): the hub-wide {@code admin} everything; a {@code site-admin}
 * only what belongs to the site of their token's {@code site} claim, never a child site's or a parent's; nobody
 * else anything. A refusal is {@code 403 outside-site}: administrators know which mailboxes and rules exist, what
 * they may not do is change another site's.
 *
 * <pre>{@code
 * SiteAdministration.require(user, sites.siteOf(mailbox.ownerDepartment()).orElse(null));
 * }</pre>
 */
public final class SiteAdministration {

    private SiteAdministration() {
    }

    /** Whether the user may administer things of {@code siteCode} (null: a thing of no known site, admin only). */
    public static boolean mayAdminister(CurrentUser user, String siteCode) {
        if (user == null) {
            return false;
        }
        if (user.hasRole(HubRoles.ADMIN)) {
            return true;
        }
        return user.hasRole(HubRoles.SITE_ADMIN) && user.site() != null && user.site().equals(siteCode);
    }

    /** Throws {@link HubProblem} {@code outside-site} (403) unless {@link #mayAdminister}. */
    public static void require(CurrentUser user, String siteCode) {
        if (!mayAdminister(user, siteCode)) {
            throw new HubProblem(CommonProblem.OUTSIDE_SITE);
        }
    }

    /** Whether the user administers one site only (a site administrator, not the hub-wide admin). */
    public static boolean isSiteAdministrator(CurrentUser user) {
        return user != null && !user.hasRole(HubRoles.ADMIN) && user.hasRole(HubRoles.SITE_ADMIN);
    }
}

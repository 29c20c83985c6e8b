package org.citizenhub.identity;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.citizenhub.testing.TestAccounts;

/**
 * Whether the Keycloak the tests run against has the realm of issue 10 (role {@code site-admin}, the {@code site}
 * user attribute mapped to the {@code site} claim). A fresh test infrastructure always has it (the realm is imported
 * from identity/realm); a long-running shared one started from an older realm does not, and the tests that need it
 * are then skipped with this reason rather than failing on something identity does not own.
 */
public final class RealmSiteSupport {

    private static volatile Boolean supported;

    private RealmSiteSupport() {
    }

    public static void assumeSiteClaimsAndRole() {
        assumeTrue(supported(), "the Keycloak realm predates the site claim and the site-admin role; re-import "
                + "identity/realm/citizen-hub-realm.json");
    }

    private static synchronized boolean supported() {
        if (supported == null) {
            boolean result;
            try {
                var siteAdmin = TestAccounts.atSite("GOV", null, "site-admin");
                result = "GOV".equals(HttpProbe.claims(siteAdmin.token()).path("site").asString(null));
            } catch (RuntimeException roleMissing) {
                result = false;
            }
            supported = result;
        }
        return supported;
    }
}

package org.citizenhub.web.security;

import java.util.Optional;
import java.util.Set;

/**
 * The sites of the hub (集约化: one deployment serving the websites of a city, its districts and bureaus) as the
 * scope checks need them: which site a department belongs to, and which departments a site's subtree holds.
 * Implemented by platform/sites from the directory the identity service publishes; kept as an interface here so
 * that the scope rules stay in one place without this library knowing where the directory comes from.
 */
public interface SiteTree {

    /** The site the department belongs to (the nearest site at or above it), if the department is known. */
    Optional<String> siteOf(String departmentCode);

    /**
     * The departments of the site and of every site below it (a city site's subtree holds its districts'); empty
     * if the site is unknown.
     */
    Set<String> departmentsUnder(String siteCode);

    /** A tree without sites: nothing belongs anywhere, so site-level scopes see nothing. */
    SiteTree NONE = new SiteTree() {
        @Override
        public Optional<String> siteOf(String departmentCode) {
            return Optional.empty();
        }

        @Override
        public Set<String> departmentsUnder(String siteCode) {
            return Set.of();
        }
    };
}

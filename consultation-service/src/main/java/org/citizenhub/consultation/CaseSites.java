package org.citizenhub.consultation;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.citizenhub.sites.SiteDirectory;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.web.security.DepartmentScope;
import org.springframework.stereotype.Component;

/**
 * The sites (集约化) as this service's features need them, over the directory in force ({@link HubSites}): a case
 * belongs to the site it was submitted on, stored with it; a case from before sites stored none and belongs to the
 * root site, which is resolved here, at read time, because no migration can know the root's code.
 */
@Component
public class CaseSites {

    /**
     * A site's subtree as the scope checks and queries need it.
     *
     * @param site        the site, e.g. {@code DONGCHENG}
     * @param sites       the site and every site below it (cases submitted there)
     * @param departments the departments of those sites (cases they lead or co-handle), as platform/web's
     *                    {@link DepartmentScope#ofSite} sees them
     * @param root        the root site's code, the site of a case that stored none (null if the hub has not exactly
     *                    one root)
     */
    public record Subtree(String site, Set<String> sites, DepartmentScope departments, String root) {

        /** Whether a case of {@code caseSite} (null: the root's), led or co-handled by those departments, is in it. */
        public boolean covers(String caseSite, Collection<String> caseDepartments) {
            String effective = caseSite != null ? caseSite : root;
            return effective != null && sites.contains(effective)
                    || caseDepartments.stream().anyMatch(departments::canSee);
        }
    }

    private final HubSites sites;

    public CaseSites(HubSites sites) {
        this.sites = sites;
    }

    public SiteDirectory directory() {
        return sites.directory();
    }

    /** The root site's code: the site of cases that stored none; null unless the hub has exactly one root. */
    public String root() {
        var roots = sites.directory().roots();
        return roots.size() == 1 ? roots.getFirst().code() : null;
    }

    /** The site of a case that stored {@code storedSite}: itself, or the root for a case from before sites. */
    public String siteOfCase(String storedSite) {
        return storedSite != null ? storedSite : root();
    }

    /** The site a department belongs to; null for a department the directory does not know. */
    public String siteOfDepartment(String department) {
        return department == null ? null : sites.siteOf(department).orElse(null);
    }

    /** The subtree of a staff member's site claim; an unknown site's subtree holds nothing. */
    public Subtree subtree(String site) {
        var directory = sites.directory();
        return new Subtree(site, directory.sitesUnder(site), DepartmentScope.ofSite(site, sites), root());
    }

    /** The subtree of the claim, if the user has one (site supervisors and reviewers); empty for hub-wide staff. */
    public Optional<Subtree> subtreeOf(String siteClaim) {
        return Optional.ofNullable(siteClaim).map(this::subtree);
    }
}

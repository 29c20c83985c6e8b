package org.citizenhub.sites.web;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.citizenhub.sites.Site;
import org.citizenhub.sites.SiteDirectory;
import org.citizenhub.web.problem.HubProblem;

/**
 * The site a public request answers for, and what "its own" lists hold. Declare it as a controller parameter:
 *
 * <ol>
 *   <li>the query parameter {@code site} (a site code, e.g. {@code ?site=DONGCHENG}) wins: the portal uses it;</li>
 *   <li>otherwise the host name the citizen used ({@code Host}, or the gateway's {@code X-Forwarded-Host}) if a site
 *       lists it among its hosts;</li>
 *   <li>otherwise the root site, if the hub has exactly one.</li>
 * </ol>
 * A site that is unknown or not live is {@code 404 site-not-found}. {@code includeChildren=true|false} chooses whether
 * the lists include the sites below (default: the site's own setting).
 *
 * @param site            the site
 * @param includeChildren whether the child sites' content is included
 * @param departments     the departments whose content is listed: the site's own, or its whole subtree's
 * @param sites           the sites whose content is listed: the site, or it and every site below
 */
public record SiteSelection(Site site, boolean includeChildren, Set<String> departments, Set<String> sites) {

    public static final String SITE_PARAMETER = "site";
    public static final String INCLUDE_CHILDREN_PARAMETER = "includeChildren";

    public String code() {
        return site.code();
    }

    /** Whether an item of this department belongs to the selection's content. */
    public boolean covers(String departmentCode) {
        return departmentCode != null && departments.contains(departmentCode);
    }

    /** Whether an item of this site belongs to the selection's content. */
    public boolean coversSite(String siteCode) {
        return siteCode != null && sites.contains(siteCode);
    }

    /**
     * Selects the site of a request.
     *
     * @param siteParameter            the {@code site} parameter, null if absent
     * @param host                     the host name the request was sent to, null if unknown
     * @param includeChildrenParameter the {@code includeChildren} parameter, null if absent
     */
    public static SiteSelection select(SiteDirectory directory, String siteParameter, String host,
                                       String includeChildrenParameter) {
        if (!directory.isLoaded()) {
            throw new HubProblem(SiteProblem.SITE_DIRECTORY_NOT_LOADED);
        }
        Site site;
        if (siteParameter != null && !siteParameter.isBlank()) {
            String code = siteParameter.strip().toUpperCase(Locale.ROOT);
            site = directory.site(code).filter(Site::live)
                    .orElseThrow(() -> new HubProblem(SiteProblem.SITE_NOT_FOUND, shorten(code)));
        } else {
            Optional<Site> byHost = directory.byHost(host);
            if (byHost.isPresent()) {
                site = byHost.filter(Site::live)
                        .orElseThrow(() -> new HubProblem(SiteProblem.SITE_NOT_FOUND, shorten(host)));
            } else {
                var roots = directory.roots();
                if (roots.size() != 1) {
                    throw new HubProblem(SiteProblem.SITE_REQUIRED);
                }
                site = roots.getFirst();
                if (!site.live()) {
                    throw new HubProblem(SiteProblem.SITE_NOT_FOUND, site.code());
                }
            }
        }
        boolean includeChildren = site.includeChildren();
        if (includeChildrenParameter != null && !includeChildrenParameter.isBlank()) {
            includeChildren = switch (includeChildrenParameter.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new HubProblem(SiteProblem.INVALID_INCLUDE_CHILDREN);
            };
        }
        Set<String> sites = includeChildren ? directory.sitesUnder(site.code()) : Set.of(site.code());
        return new SiteSelection(site, includeChildren, directory.departments(site.code(), includeChildren), sites);
    }

    /** What the refusal may repeat of the request: no control characters, at most 40 characters. */
    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String printable = text.replaceAll("\\p{Cc}", "");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }
}

package org.citizenhub.identity.sites;

import java.util.List;
import java.util.Locale;

import org.citizenhub.identity.directory.Languages;
import org.citizenhub.sites.Site;
import org.citizenhub.sites.SiteDirectory;
import org.citizenhub.sites.web.SiteProblem;
import org.citizenhub.sites.web.SiteSelection;
import org.citizenhub.web.problem.HubProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public side of the sites (no token): the live sites, and which site a request answers for (the portal asks
 * with the host name the citizen used, or {@code ?site=CODE}; see {@link SiteSelection}). Served from the
 * directory in force, the one every other service has.
 */
@RestController
@RequestMapping("/public/sites")
class SiteController {

    record Texts(String zh, String en) {
    }

    /** A live site; {@code children} are its live child sites' codes. */
    record PublicSite(String code, String name, Texts names, String department, String parent, List<String> children,
                      List<String> hosts, String pathPrefix, String logoUrl, String contact, Texts contacts,
                      boolean includeChildren) {
    }

    /**
     * The site a request answers for, whether its lists include the child sites' content (the site's own setting
     * unless the request said {@code includeChildren}), and the sites whose content they hold.
     */
    record CurrentSite(PublicSite site, boolean includeChildren, List<String> sites) {
    }

    private final Sites sites;

    SiteController(Sites sites) {
        this.sites = sites;
    }

    @GetMapping
    List<PublicSite> live(@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        SiteDirectory directory = loaded();
        Locale locale = Languages.preferred(language);
        return directory.sites().stream().filter(Site::live).map(site -> view(directory, site, locale)).toList();
    }

    @GetMapping("/current")
    CurrentSite current(SiteSelection selection,
                        @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        SiteDirectory directory = loaded();
        return new CurrentSite(view(directory, selection.site(), Languages.preferred(language)),
                selection.includeChildren(), selection.sites().stream().sorted().toList());
    }

    private SiteDirectory loaded() {
        SiteDirectory directory = sites.directory();
        if (!directory.isLoaded()) {
            throw new HubProblem(SiteProblem.SITE_DIRECTORY_NOT_LOADED);
        }
        return directory;
    }

    private static PublicSite view(SiteDirectory directory, Site site, Locale locale) {
        var children = directory.children(site.code()).stream().filter(Site::live).map(Site::code).toList();
        return new PublicSite(site.code(), site.name(locale), new Texts(site.nameZh(), site.nameEn()),
                site.department(), site.parent(), children, site.hosts(), site.pathPrefix(), site.logoUrl(),
                site.contact(locale), new Texts(site.contactZh(), site.contactEn()), site.includeChildren());
    }
}

package org.citizenhub.identity.sites;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.identity.directory.DepartmentCode;
import org.citizenhub.sites.Site;
import org.citizenhub.web.security.CurrentUser;
import org.citizenhub.web.security.SiteAdministration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Back-office maintenance of the sites: opening, closing, host names, path prefix, live and include-children are the
 * hub-wide admin's (they decide which site answers where and when); a site's own {@code site-admin} may change only
 * how their site presents itself (names, logo, contact: {@code PUT /admin/sites/{code}/presentation}). Every change
 * is written to the operation log and publishes a new site directory.
 */
@RestController
@RequestMapping("/admin/sites")
@PreAuthorize("hasRole('admin')")
class SiteAdminController {

    /** The whole of what an administrator maintains; a PUT replaces it. */
    record SiteSettings(
            @NotBlank @Size(max = SiteDetails.MAX_NAME_ZH) String nameZh,
            @Size(max = SiteDetails.MAX_NAME_EN) String nameEn,
            @Size(max = SiteDetails.MAX_HOSTS) List<@NotBlank @Size(max = SiteDetails.MAX_HOST_LENGTH) String> hosts,
            @Size(max = SiteDetails.MAX_PATH_PREFIX) String pathPrefix,
            @Size(max = SiteDetails.MAX_LOGO_URL) String logoUrl,
            @Size(max = SiteDetails.MAX_CONTACT) String contactZh,
            @Size(max = SiteDetails.MAX_CONTACT) String contactEn,
            @NotNull Boolean live,
            @NotNull Boolean includeChildren) {

        SiteDetails toDetails() {
            return new SiteDetails(nameZh, nameEn, hosts, pathPrefix, logoUrl, contactZh, contactEn, live,
                    includeChildren);
        }
    }

    /** A new site; it is not live and does not include its children unless said. */
    record NewSite(
            @NotBlank @Size(max = SiteCode.MAX_LENGTH + 10) String code,
            @NotBlank @Size(max = DepartmentCode.MAX_LENGTH + 10) String department,
            @NotBlank @Size(max = SiteDetails.MAX_NAME_ZH) String nameZh,
            @Size(max = SiteDetails.MAX_NAME_EN) String nameEn,
            @Size(max = SiteDetails.MAX_HOSTS) List<@NotBlank @Size(max = SiteDetails.MAX_HOST_LENGTH) String> hosts,
            @Size(max = SiteDetails.MAX_PATH_PREFIX) String pathPrefix,
            @Size(max = SiteDetails.MAX_LOGO_URL) String logoUrl,
            @Size(max = SiteDetails.MAX_CONTACT) String contactZh,
            @Size(max = SiteDetails.MAX_CONTACT) String contactEn,
            Boolean live,
            Boolean includeChildren) {

        SiteDetails toDetails() {
            return new SiteDetails(nameZh, nameEn, hosts, pathPrefix, logoUrl, contactZh, contactEn,
                    Boolean.TRUE.equals(live), Boolean.TRUE.equals(includeChildren));
        }
    }

    /** What a site's own administrator may change: how the site presents itself. */
    record Presentation(
            @NotBlank @Size(max = SiteDetails.MAX_NAME_ZH) String nameZh,
            @Size(max = SiteDetails.MAX_NAME_EN) String nameEn,
            @Size(max = SiteDetails.MAX_LOGO_URL) String logoUrl,
            @Size(max = SiteDetails.MAX_CONTACT) String contactZh,
            @Size(max = SiteDetails.MAX_CONTACT) String contactEn) {
    }

    /** A site as administrators see it; {@code parent} is the site above it in the directory in force. */
    record AdminSiteView(String code, String department, String parent, String nameZh, String nameEn,
                         List<String> hosts, String pathPrefix, String logoUrl, String contactZh, String contactEn,
                         boolean live, boolean includeChildren, Instant createdAt, Instant updatedAt) {
    }

    private final Sites sites;

    SiteAdminController(Sites sites) {
        this.sites = sites;
    }

    @GetMapping
    List<AdminSiteView> all() {
        return sites.all().stream().map(this::view).toList();
    }

    @GetMapping("/{code}")
    AdminSiteView one(@PathVariable String code) {
        return view(sites.site(code));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AdminSiteView> create(@Valid @RequestBody NewSite request, CurrentUser user) {
        var created = sites.establish(actor(user), request.code(), request.department(), request.toDetails());
        return ResponseEntity.created(URI.create("/admin/sites/" + created.code().value())).body(view(created));
    }

    @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    AdminSiteView revise(@PathVariable String code, @Valid @RequestBody SiteSettings request, CurrentUser user) {
        return view(sites.revise(actor(user), code, request.toDetails()));
    }

    /** Names, logo and contact: the hub-wide admin, or the site's own site administrator (403 outside-site). */
    @PutMapping(path = "/{code}/presentation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('admin', 'site-admin')")
    AdminSiteView present(@PathVariable String code, @Valid @RequestBody Presentation request, CurrentUser user) {
        var current = sites.site(code);
        SiteAdministration.require(user, current.code().value());
        var d = current.details();
        return view(sites.revise(actor(user), code, new SiteDetails(request.nameZh(), request.nameEn(), d.hosts(),
                d.pathPrefix(), request.logoUrl(), request.contactZh(), request.contactEn(), d.live(),
                d.includeChildren())));
    }

    @DeleteMapping("/{code}")
    ResponseEntity<Void> remove(@PathVariable String code, CurrentUser user) {
        sites.remove(actor(user), code);
        return ResponseEntity.noContent().build();
    }

    private AdminSiteView view(StoredSite site) {
        var d = site.details();
        String parent = sites.directory().site(site.code().value()).map(Site::parent).orElse(null);
        return new AdminSiteView(site.code().value(), site.department().value(), parent, d.nameZh(), d.nameEn(),
                d.hosts(), d.pathPrefix(), d.logoUrl(), d.contactZh(), d.contactEn(), d.live(), d.includeChildren(),
                site.createdAt(), site.updatedAt());
    }

    private static AuditActor actor(CurrentUser user) {
        return new AuditActor(user.subject(), user.username());
    }
}

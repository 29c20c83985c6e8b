package org.citizenhub.consultation.centres;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.consultation.CaseSites;
import org.citizenhub.sites.web.SiteProblem;
import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.citizenhub.web.security.SiteAdministration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each site's dispatch centre, on the admin port: the hub-wide {@code admin} for every site, a {@code site-admin}
 * for their own site only (another site's: {@code 403 outside-site}). Every change is audit-logged.
 */
@RestController
@RequestMapping("/admin/dispatch-centres")
@PreAuthorize("hasAnyRole('admin', 'site-admin')")
@Validated
class DispatchCentreAdminController {

    static final String SITE = "[A-Za-z0-9][A-Za-z0-9-]{0,39}";

    record CentreRequest(@NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,35}") String department) {
    }

    private final DispatchCentres centres;
    private final CaseSites sites;

    DispatchCentreAdminController(DispatchCentres centres, CaseSites sites) {
        this.centres = centres;
        this.sites = sites;
    }

    /** The hub-wide admin: every site's; a site administrator: their own site's. */
    @GetMapping
    List<DispatchCentres.Centre> list(CurrentUser user) {
        return centres.all(sites.directory()).stream()
                .filter(c -> SiteAdministration.mayAdminister(user, c.site())).toList();
    }

    @GetMapping("/{site}")
    DispatchCentres.Centre read(@PathVariable @Pattern(regexp = SITE) String site, CurrentUser user) {
        String code = administered(site, user);
        return centres.of(code);
    }

    @PutMapping(path = "/{site}", consumes = MediaType.APPLICATION_JSON_VALUE)
    DispatchCentres.Centre set(@PathVariable @Pattern(regexp = SITE) String site,
                               @Valid @RequestBody CentreRequest request, CurrentUser user) {
        String code = administered(site, user);
        return centres.set(code, request.department(), sites.directory(), auditor(user));
    }

    /** The site's new cases go to the hub-wide centre again. */
    @DeleteMapping("/{site}")
    ResponseEntity<Void> remove(@PathVariable @Pattern(regexp = SITE) String site, CurrentUser user) {
        String code = administered(site, user);
        if (!centres.remove(code, auditor(user))) {
            throw new HubProblem(CommonProblem.NOT_FOUND);
        }
        return ResponseEntity.noContent().build();
    }

    /** The site's code if the user administers it (403 outside-site otherwise) and it exists (404). */
    private String administered(String site, CurrentUser user) {
        String code = site.toUpperCase(java.util.Locale.ROOT);
        SiteAdministration.require(user, code);
        if (sites.directory().site(code).isEmpty()) {
            throw new HubProblem(SiteProblem.SITE_NOT_FOUND, code);
        }
        return code;
    }

    private static AuditActor auditor(CurrentUser user) {
        return new AuditActor(user.subject(), user.username());
    }
}

package org.citizenhub.supervision.overdue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.citizenhub.web.security.DepartmentScope;
import org.citizenhub.web.security.HubRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /overdue}: the red and yellow cards across every service, for staff, within their scope: a hub-wide
 * supervisor or administrator everything; a site's supervisor the departments of that site's subtree; a site
 * administrator their site's; a department head, handler or reviewer their own department.
 */
@RestController
@Validated
@PreAuthorize("hasAnyRole('supervisor', 'admin', 'site-admin', 'department-head', 'handler', 'reviewer')")
class OverdueController {

    static final String DEPARTMENT_HEAD = "department-head";

    record Response(List<OverdueView.Item> items, String next, Map<String, OverdueView.CardCount> counts) {
    }

    private final OverdueView view;
    private final HubSites sites;
    private final OverdueProperties properties;

    OverdueController(OverdueView view, HubSites sites, OverdueProperties properties) {
        this.view = view;
        this.sites = sites;
        this.properties = properties;
    }

    @GetMapping("/overdue")
    Response overdue(CurrentUser user,
                     @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,63}") String department,
                     @RequestParam(required = false) @Pattern(regexp = "[a-z][a-z0-9-]{0,39}") String service,
                     @RequestParam(required = false) @Pattern(regexp = "[a-z][a-z0-9-]{0,39}") String kind,
                     @RequestParam(required = false) String card,
                     @RequestParam(required = false) @Min(0) @Max(3650) Integer minDaysOverdue,
                     @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,63}") String site,
                     @RequestParam(defaultValue = "most-overdue") String sort,
                     @RequestParam(required = false) @Min(1) Integer size,
                     @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9_-]{1,400}") String cursor,
                     @RequestParam(defaultValue = "false") boolean counts) {
        OverdueQuery.Card c = card == null ? null : switch (card) {
            case "red" -> OverdueQuery.Card.RED;
            case "yellow" -> OverdueQuery.Card.YELLOW;
            default -> throw new HubProblem(OverdueProblem.INVALID_OVERDUE_FILTER, "card", card);
        };
        if (c == OverdueQuery.Card.YELLOW && minDaysOverdue != null && minDaysOverdue > 0) {
            throw new HubProblem(OverdueProblem.INVALID_OVERDUE_FILTER, "minDaysOverdue", minDaysOverdue);
        }
        OverdueQuery.Sort s = switch (sort) {
            case "most-overdue" -> OverdueQuery.Sort.MOST_OVERDUE;
            case "latest-due" -> OverdueQuery.Sort.LATEST_DUE;
            default -> throw new HubProblem(OverdueProblem.INVALID_OVERDUE_FILTER, "sort", sort);
        };
        int pageSize = Math.min(size == null ? properties.defaultPageSize() : size, properties.maxPageSize());
        String fingerprint = OverdueCursor.fingerprint(department, service, kind, card,
                minDaysOverdue == null ? null : minDaysOverdue.toString(), site, sort);
        var after = cursor == null ? null : OverdueCursor.decode(cursor, fingerprint);
        var query = new OverdueQuery(visible(user, department), service, kind, c, minDaysOverdue, site, s, pageSize,
                after);
        var page = view.page(query, counts);
        String next = page.hasMore() ? OverdueCursor.encode(page.last(), fingerprint) : null;
        return new Response(page.items(), next, page.counts());
    }

    /** The departments to show: the caller's scope, narrowed to the one asked for; null = every department. */
    Set<String> visible(CurrentUser user, String department) {
        DepartmentScope scope = scope(user, sites);
        if (department != null) {
            return scope.canSee(department) ? Set.of(department) : Set.of();
        }
        return scope.unrestricted() ? null : new HashSet<>(scope.departments());
    }

    /**
     * Supervisors and administrators see every department (their site's subtree with a {@code site} claim); a site
     * administrator their site's; a department head, handler or reviewer their own department.
     */
    static DepartmentScope scope(CurrentUser user, HubSites sites) {
        var scope = DepartmentScope.of(user, Set.of(HubRoles.SUPERVISOR, HubRoles.ADMIN), sites);
        if (user.hasAnyRole(DEPARTMENT_HEAD, HubRoles.REVIEWER) && user.department() != null) {
            scope = scope.union(DepartmentScope.ofDepartments(Set.of(user.department())));
        }
        if (user.hasRole(HubRoles.SITE_ADMIN) && user.site() != null) {
            scope = scope.union(DepartmentScope.ofSite(user.site(), sites));
        }
        return scope;
    }
}

package org.citizenhub.supervision.reports;

import java.util.HashSet;
import java.util.Set;

import org.citizenhub.web.security.CurrentUser;
import org.citizenhub.web.security.DepartmentScope;
import org.citizenhub.web.security.HubRoles;
import org.citizenhub.web.security.SiteTree;

/**
 * Who may see whose figures (the policy behind every report): administrators everything; supervisors the hub, or
 * their site's subtree with a {@code site} claim; site administrators their site's subtree; department heads
 * (部门负责人), handlers and reviewers their own department. Anyone else no report at all.
 */
final class ReportAudience {

    static final String DEPARTMENT_HEAD = "department-head";

    private ReportAudience() {
    }

    /** The departments the user's reports cover; none means the user may not ask for reports. */
    static DepartmentScope scopeOf(CurrentUser user, SiteTree sites) {
        if (user == null) {
            return DepartmentScope.none();
        }
        if (user.hasRole(HubRoles.ADMIN)) {
            return DepartmentScope.all();
        }
        DepartmentScope scope = DepartmentScope.of(user, Set.of(HubRoles.SUPERVISOR), sites);
        if (user.hasRole(HubRoles.SITE_ADMIN) && user.site() != null) {
            scope = scope.union(DepartmentScope.ofSite(user.site(), sites));
        }
        if (user.department() != null && user.hasAnyRole(DEPARTMENT_HEAD, HubRoles.REVIEWER)) {
            scope = scope.union(DepartmentScope.ofDepartments(Set.of(user.department())));
        }
        return scope;
    }

    /** What both see: null for "every department", else the common departments (possibly none). */
    static Set<String> narrowed(DepartmentScope scope, DepartmentScope to) {
        if (scope.unrestricted() && to.unrestricted()) {
            return null;
        }
        if (scope.unrestricted()) {
            return to.departments();
        }
        if (to.unrestricted()) {
            return scope.departments();
        }
        var both = new HashSet<>(scope.departments());
        both.retainAll(to.departments());
        return Set.copyOf(both);
    }
}

package org.citizenhub.web.security;

import java.util.Optional;
import java.util.Set;
import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.problem.HubProblem;

/**
 * Which departments' items a staff member may see: supervisors (督办) see all departments, handlers only their
 * own, everyone else none. A check that fails answers 404, not 403, so the existence of another department's
 * item does not leak.
 *
 * <pre>{@code
 * DepartmentScope scope = DepartmentScope.of(user);
 * List<Letter> letters = scope.unrestricted() ? repo.findAll() : repo.findByDepartmentIn(scope.departments());
 * scope.requireVisible(letter.department());   // 404 not-found otherwise
 * }</pre>
 */
public final class DepartmentScope {

    /** Roles that see every department unless a service says otherwise. */
    public static final Set<String> DEFAULT_ALL_DEPARTMENT_ROLES = Set.of(HubRoles.SUPERVISOR);

    private static final DepartmentScope ALL = new DepartmentScope(true, Set.of());
    private static final DepartmentScope NONE = new DepartmentScope(false, Set.of());

    private final boolean unrestricted;
    private final Set<String> departments;

    private DepartmentScope(boolean unrestricted, Set<String> departments) {
        this.unrestricted = unrestricted;
        this.departments = departments;
    }

    /** Supervisors see all; handlers with a department see it; everyone else nothing. */
    public static DepartmentScope of(CurrentUser user) {
        return of(user, DEFAULT_ALL_DEPARTMENT_ROLES);
    }

    /**
     * Like {@link #of(CurrentUser)} with the roles that see every department chosen by the caller (e.g. a
     * service where reviewers review every department's replies).
     */
    public static DepartmentScope of(CurrentUser user, Set<String> allDepartmentRoles) {
        if (user == null) {
            return NONE;
        }
        if (allDepartmentRoles.stream().anyMatch(user::hasRole)) {
            return ALL;
        }
        if (user.hasRole(HubRoles.HANDLER) && user.department() != null) {
            return new DepartmentScope(false, Set.of(user.department()));
        }
        return NONE;
    }

    /**
     * Like {@link #of(CurrentUser, Set)} but site-aware (集约化): a user holding one of {@code allDepartmentRoles}
     * sees every department only when hub-wide, i.e. without a {@code site} claim; with one (a site supervisor or
     * site reviewer) they see exactly the departments of that site's subtree: a city site's supervisor sees the
     * districts below it, a district's supervisor only the district. A handler additionally sees their own
     * department. An unknown site means nothing visible, never everything.
     */
    public static DepartmentScope of(CurrentUser user, Set<String> allDepartmentRoles, SiteTree sites) {
        if (user == null) {
            return NONE;
        }
        DepartmentScope own = user.hasRole(HubRoles.HANDLER) && user.department() != null
                ? new DepartmentScope(false, Set.of(user.department())) : NONE;
        if (allDepartmentRoles.stream().noneMatch(user::hasRole)) {
            return own;
        }
        if (user.site() == null) {
            return ALL;
        }
        return ofSite(user.site(), sites).union(own);
    }

    /** The departments of the site's subtree (none if the site is unknown). */
    public static DepartmentScope ofSite(String siteCode, SiteTree sites) {
        return siteCode == null ? NONE : ofDepartments(sites.departmentsUnder(siteCode));
    }

    /** What either scope sees. */
    public DepartmentScope union(DepartmentScope other) {
        if (unrestricted || other.unrestricted) {
            return ALL;
        }
        if (other.departments.isEmpty()) {
            return this;
        }
        if (departments.isEmpty()) {
            return other;
        }
        var both = new java.util.HashSet<>(departments);
        both.addAll(other.departments);
        return new DepartmentScope(false, Set.copyOf(both));
    }

    /**
     * Exactly these departments (none if empty): for a service whose own rule decides which departments a role
     * sees, e.g. reviewers who review the replies of their own department only.
     */
    public static DepartmentScope ofDepartments(java.util.Collection<String> departmentCodes) {
        var visible = departmentCodes.stream().filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        return visible.isEmpty() ? NONE : new DepartmentScope(false, visible);
    }

    public static DepartmentScope all() {
        return ALL;
    }

    public static DepartmentScope none() {
        return NONE;
    }

    /** Whether every department is visible (then {@link #departments()} is empty and means nothing). */
    public boolean unrestricted() {
        return unrestricted;
    }

    /** The visible departments when restricted (possibly none). */
    public Set<String> departments() {
        return departments;
    }

    /** The departments to filter by: empty means "no filter, all departments". */
    public Optional<Set<String>> filter() {
        return unrestricted ? Optional.empty() : Optional.of(departments);
    }

    /** Whether nothing at all is visible. */
    public boolean isEmpty() {
        return !unrestricted && departments.isEmpty();
    }

    public boolean canSee(String departmentCode) {
        return unrestricted || (departmentCode != null && departments.contains(departmentCode));
    }

    /** Whether any of the departments is visible, e.g. the one handling an item or the one owning its channel. */
    public boolean canSeeAny(String... departmentCodes) {
        return java.util.Arrays.stream(departmentCodes).anyMatch(this::canSee);
    }

    /** Throws {@link HubProblem} {@code not-found} (404) unless the department is visible. */
    public void requireVisible(String departmentCode) {
        if (!canSee(departmentCode)) {
            throw new HubProblem(CommonProblem.NOT_FOUND);
        }
    }

    @Override
    public String toString() {
        return unrestricted ? "DepartmentScope[all]" : "DepartmentScope" + departments;
    }
}

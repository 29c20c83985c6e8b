package org.citizenhub.identity.staff;

import java.util.LinkedHashMap;
import java.util.Set;
import java.util.regex.Pattern;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.identity.IdentityProblem;
import org.citizenhub.identity.directory.DepartmentDirectory;
import org.citizenhub.identity.sites.Sites;
import org.citizenhub.sites.SiteDirectory;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.HubRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts back-office staff into a department and a site by setting the Keycloak user attributes {@code department}
 * and {@code site}, which the realm's {@code department} client scope maps into the tokens. Takes effect with the
 * user's next token.
 *
 * <p>Policy {@link #SITE_COVERS_DEPARTMENT}: a staff member with both works for a department of their site's
 * subtree: the site is the department's site or a site above it (a city supervisor may sit in a city bureau, not in a
 * district's office). Checked whichever of the two is assigned second.
 */
@Service
public class StaffAssignment {

    /** Only back-office roles work for a department or a site; citizens never carry those claims. */
    static final Set<String> STAFF_ROLES = Set.of(HubRoles.HANDLER, HubRoles.REVIEWER, HubRoles.SUPERVISOR,
            HubRoles.ADMIN, HubRoles.SITE_ADMIN);
    static final String SITE_COVERS_DEPARTMENT = "site-covers-department";
    private static final Pattern KEYCLOAK_ID = Pattern.compile("[0-9a-fA-F-]{36}");
    static final String AUDIT_TARGET = "staff";

    private final DepartmentDirectory directory;
    private final Sites sites;
    private final KeycloakAdminClient keycloak;
    private final AuditLog auditLog;

    StaffAssignment(DepartmentDirectory directory, Sites sites, KeycloakAdminClient keycloak, AuditLog auditLog) {
        this.directory = directory;
        this.sites = sites;
        this.keycloak = keycloak;
        this.auditLog = auditLog;
    }

    public record Assignment(String userId, String username, String department) {
    }

    public record SiteAssignment(String userId, String username, String site, String department) {
    }

    /**
     * The log line is written first, in the transaction; a failing Keycloak call rolls it back, so the log never
     * misses a change that happened.
     */
    @Transactional
    public Assignment assign(AuditActor actor, String userId, String departmentCode) {
        var department = directory.activeDepartment(departmentCode)
                .orElseThrow(() -> new HubProblem(IdentityProblem.DEPARTMENT_NOT_FOUND, departmentCode));
        var member = staffMember(userId);
        requireSiteCoversDepartment(member.site(), department.code().value());
        var details = new LinkedHashMap<String, Object>();
        details.put("username", member.username());
        details.put("before", member.department());
        details.put("after", department.code().value());
        auditLog.record(actor, "staff.department-assigned", AUDIT_TARGET, userId, details);
        keycloak.setDepartment(userId, department.code().value());
        return new Assignment(userId, member.username(), department.code().value());
    }

    @Transactional
    public void unassign(AuditActor actor, String userId) {
        var member = staffMember(userId);
        var details = new LinkedHashMap<String, Object>();
        details.put("username", member.username());
        details.put("before", member.department());
        auditLog.record(actor, "staff.department-removed", AUDIT_TARGET, userId, details);
        keycloak.setDepartment(userId, null);
    }

    /** Makes the staff member site staff of {@code siteCode} (a site administrator, supervisor or reviewer there). */
    @Transactional
    public SiteAssignment assignSite(AuditActor actor, String userId, String siteCode) {
        var site = sites.site(siteCode);
        var member = staffMember(userId);
        requireSiteCoversDepartment(site.code().value(), member.department());
        var details = new LinkedHashMap<String, Object>();
        details.put("username", member.username());
        details.put("before", member.site());
        details.put("after", site.code().value());
        auditLog.record(actor, "staff.site-assigned", AUDIT_TARGET, userId, details);
        keycloak.setSite(userId, site.code().value());
        return new SiteAssignment(userId, member.username(), site.code().value(), member.department());
    }

    /** Makes the staff member hub-wide again (or, for a handler, staff of their department only). */
    @Transactional
    public void unassignSite(AuditActor actor, String userId) {
        var member = staffMember(userId);
        var details = new LinkedHashMap<String, Object>();
        details.put("username", member.username());
        details.put("before", member.site());
        auditLog.record(actor, "staff.site-removed", AUDIT_TARGET, userId, details);
        keycloak.setSite(userId, null);
    }

    private void requireSiteCoversDepartment(String site, String department) {
        if (site == null || department == null) {
            return;
        }
        SiteDirectory directory = sites.directory();
        String departmentSite = directory.siteOf(department).orElse(null);
        if (!directory.isWithin(departmentSite, site)) {
            throw new HubProblem(IdentityProblem.SITE_DOES_NOT_COVER_DEPARTMENT, site, department);
        }
    }

    private KeycloakAdminClient.StaffMember staffMember(String userId) {
        if (userId == null || !KEYCLOAK_ID.matcher(userId).matches()) {
            throw new HubProblem(IdentityProblem.STAFF_MEMBER_NOT_FOUND, String.valueOf(userId));
        }
        var member = keycloak.staffMember(userId)
                .orElseThrow(() -> new HubProblem(IdentityProblem.STAFF_MEMBER_NOT_FOUND, userId));
        if (member.realmRoles().stream().noneMatch(STAFF_ROLES::contains)) {
            throw new HubProblem(IdentityProblem.NOT_A_STAFF_MEMBER, member.username());
        }
        return member;
    }
}

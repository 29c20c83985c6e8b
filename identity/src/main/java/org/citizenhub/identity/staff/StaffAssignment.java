package org.citizenhub.identity.staff;

import java.util.LinkedHashMap;
import java.util.Set;
import java.util.regex.Pattern;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.identity.IdentityProblem;
import org.citizenhub.identity.directory.DepartmentDirectory;
import org.citizenhub.web.problem.HubProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts back-office staff into a department by setting the Keycloak user attribute {@code department}, which the
 * realm's {@code department} client scope maps into the tokens. Takes effect with the user's next token.
 */
@Service
public class StaffAssignment {

    /** Only back-office roles work for a department; citizens never carry a department claim. */
    static final Set<String> STAFF_ROLES = Set.of("handler", "reviewer", "supervisor", "admin");
    private static final Pattern KEYCLOAK_ID = Pattern.compile("[0-9a-fA-F-]{36}");
    static final String AUDIT_TARGET = "staff";

    private final DepartmentDirectory directory;
    private final KeycloakAdminClient keycloak;
    private final AuditLog auditLog;

    StaffAssignment(DepartmentDirectory directory, KeycloakAdminClient keycloak, AuditLog auditLog) {
        this.directory = directory;
        this.keycloak = keycloak;
        this.auditLog = auditLog;
    }

    public record Assignment(String userId, String username, String department) {
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

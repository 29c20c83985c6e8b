package org.citizenhub.identity.directory;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.identity.IdentityProblem;
import org.citizenhub.web.problem.HubProblem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department directory's use cases: read the tree, maintain departments (audited). Every change is told to the
 * {@link DepartmentChangeObserver}s in its transaction (the site directory is published anew with each).
 */
@Service
public class DepartmentDirectory {

    static final String AUDIT_TARGET = "department";

    private final DepartmentRepository departments;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ObjectProvider<DepartmentChangeObserver> observers;

    DepartmentDirectory(DepartmentRepository departments, AuditLog auditLog, Clock clock,
                        ObjectProvider<DepartmentChangeObserver> observers) {
        this.departments = departments;
        this.auditLog = auditLog;
        this.clock = clock;
        this.observers = observers;
    }

    @Transactional(readOnly = true)
    public List<Department> all() {
        return departments.findAll();
    }

    @Transactional(readOnly = true)
    public Department department(String code) {
        return DepartmentCode.parse(code).flatMap(departments::find)
                .orElseThrow(() -> new HubProblem(IdentityProblem.DEPARTMENT_NOT_FOUND, code));
    }

    @Transactional(readOnly = true)
    public Optional<Department> activeDepartment(String code) {
        return DepartmentCode.parse(code).flatMap(departments::find).filter(Department::active);
    }

    @Transactional
    public Department establish(AuditActor actor, DepartmentCode code, Department.Details details) {
        if (departments.exists(code)) {
            throw new HubProblem(IdentityProblem.DEPARTMENT_ALREADY_EXISTS, code.value());
        }
        checkPlacement(code, details);
        var department = Department.establish(code, details, clock.instant());
        departments.insert(department);
        auditLog.record(actor, "department.created", AUDIT_TARGET, code.value(), describe(department));
        changed(actor, department);
        return department;
    }

    @Transactional
    public Department revise(AuditActor actor, String code, Department.Details details) {
        var current = department(code);
        checkPlacement(current.code(), details);
        var revised = current.revise(details, clock.instant());
        departments.update(revised);
        var auditDetails = new LinkedHashMap<String, Object>();
        auditDetails.put("before", describe(current));
        auditDetails.put("after", describe(revised));
        auditLog.record(actor, "department.updated", AUDIT_TARGET, code, auditDetails);
        changed(actor, revised);
        return revised;
    }

    @Transactional
    public Department deactivate(AuditActor actor, String code) {
        var current = department(code);
        if (departments.countActiveChildren(current.code()) > 0) {
            throw new HubProblem(IdentityProblem.DEPARTMENT_HAS_ACTIVE_SUBUNITS, code);
        }
        if (!current.active()) {
            return current;
        }
        var deactivated = current.deactivate(clock.instant());
        departments.update(deactivated);
        auditLog.record(actor, "department.deactivated", AUDIT_TARGET, code, Map.of());
        changed(actor, deactivated);
        return deactivated;
    }

    @Transactional
    public Department activate(AuditActor actor, String code) {
        var current = department(code);
        if (current.parent() != null
                && departments.find(current.parent()).filter(Department::active).isEmpty()) {
            throw new HubProblem(IdentityProblem.DEPARTMENT_INACTIVE, current.parent().value());
        }
        if (current.active()) {
            return current;
        }
        var activated = current.activate(clock.instant());
        departments.update(activated);
        auditLog.record(actor, "department.activated", AUDIT_TARGET, code, Map.of());
        changed(actor, activated);
        return activated;
    }

    private void changed(AuditActor actor, Department department) {
        observers.orderedStream().forEach(observer -> observer.departmentChanged(actor, department));
    }

    /** Only a government stands at the root; a parent must exist, be active, and not lie below the department. */
    private void checkPlacement(DepartmentCode code, Department.Details details) {
        if (details.parent() == null) {
            if (details.kind() != DepartmentKind.GOVERNMENT) {
                throw new HubProblem(IdentityProblem.ROOT_MUST_BE_GOVERNMENT, code.value());
            }
            return;
        }
        var all = new HashMap<DepartmentCode, Department>();
        departments.findAll().forEach(d -> all.put(d.code(), d));
        var parent = all.get(details.parent());
        if (parent == null) {
            throw new HubProblem(IdentityProblem.PARENT_DEPARTMENT_UNKNOWN, details.parent().value());
        }
        if (!parent.active()) {
            throw new HubProblem(IdentityProblem.DEPARTMENT_INACTIVE, parent.code().value());
        }
        for (var ancestor = parent; ancestor != null; ancestor = ancestor.parent() == null ? null
                : all.get(ancestor.parent())) {
            if (ancestor.code().equals(code)) {
                throw new HubProblem(IdentityProblem.DEPARTMENT_WOULD_BECOME_ITS_OWN_ANCESTOR, code.value(),
                        details.parent().value());
            }
        }
    }

    private static Map<String, Object> describe(Department d) {
        var map = new LinkedHashMap<String, Object>();
        map.put("nameZh", d.nameZh());
        map.put("nameEn", d.nameEn());
        map.put("parent", d.parent() == null ? null : d.parent().value());
        map.put("kind", d.kind().name());
        map.put("contactPhone", d.contactPhone());
        map.put("sortOrder", d.sortOrder());
        map.put("active", d.active());
        return map;
    }
}

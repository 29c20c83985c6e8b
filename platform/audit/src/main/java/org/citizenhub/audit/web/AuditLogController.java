package org.citizenhub.audit.web;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.citizenhub.audit.AuditEntry;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.audit.AuditQuery;
import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.citizenhub.web.security.HubRoles;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read access to the operation log for administrators, the same in every service (there is no way to change it).
 * The body is the page's entries, newest first; header {@value #TOTAL_COUNT} says how many match on all pages.
 */
@RestController
@RequestMapping(AuditLogController.PATH)
public class AuditLogController {

    public static final String PATH = "/admin/audit-log";
    public static final String TOTAL_COUNT = "X-Total-Count";

    private final AuditLog auditLog;
    private final Validator validator;

    public AuditLogController(AuditLog auditLog, Validator validator) {
        this.auditLog = auditLog;
        this.validator = validator;
    }

    @GetMapping
    ResponseEntity<List<AuditEntry>> entries(
            CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(required = false) @Size(max = 255) String actor,
            @RequestParam(required = false) @Size(max = 60) String action,
            @RequestParam(required = false) @Size(max = 40) String targetType,
            @RequestParam(required = false) @Size(max = 255) String targetId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(AuditLog.MAX_PAGE_SIZE) int size) {
        // checked here, not only by method security, so that a service without @EnableMethodSecurity fails closed
        if (!user.hasRole(HubRoles.ADMIN)) {
            throw new HubProblem(CommonProblem.FORBIDDEN);
        }
        var period = new AuditPeriod(from, to);
        var violations = validator.validate(period);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        var found = auditLog.find(new AuditQuery(from, to, actor, action, targetType, targetId), page, size);
        return ResponseEntity.ok().header(TOTAL_COUNT, Long.toString(found.total())).body(found.entries());
    }
}

package org.citizenhub.identity.audit;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read access to the operation log for administrators (there is no way to change it). */
@RestController
@RequestMapping("/admin/audit-log")
@Validated
class AuditLogController {

    private final AuditLog auditLog;

    AuditLogController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    @PreAuthorize("hasRole('admin')")
    List<AuditEntry> entries(@RequestParam(required = false) String targetType,
                             @RequestParam(required = false) String targetId,
                             @RequestParam(defaultValue = "0") @Min(0) int page,
                             @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return auditLog.recent(targetType, targetId, page, size);
    }
}

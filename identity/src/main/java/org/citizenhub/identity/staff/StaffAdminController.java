package org.citizenhub.identity.staff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.identity.directory.DepartmentCode;
import org.citizenhub.identity.sites.SiteCode;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Back-office: which department and which site a staff member works for (role admin, audited). */
@RestController
@RequestMapping("/admin/staff/{userId}")
@PreAuthorize("hasRole('admin')")
class StaffAdminController {

    record DepartmentAssignment(
            @NotBlank @Pattern(regexp = DepartmentCode.FORMAT) @Size(max = DepartmentCode.MAX_LENGTH)
            String department) {
    }

    record SiteMembership(
            @NotBlank @Pattern(regexp = SiteCode.FORMAT) @Size(max = SiteCode.MAX_LENGTH) String site) {
    }

    private final StaffAssignment assignment;

    StaffAdminController(StaffAssignment assignment) {
        this.assignment = assignment;
    }

    @PutMapping(path = "/department", consumes = MediaType.APPLICATION_JSON_VALUE)
    StaffAssignment.Assignment assign(@PathVariable String userId, @Valid @RequestBody DepartmentAssignment request,
                                      CurrentUser user) {
        return assignment.assign(actor(user), userId, request.department());
    }

    @DeleteMapping("/department")
    ResponseEntity<Void> unassign(@PathVariable String userId, CurrentUser user) {
        assignment.unassign(actor(user), userId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = "/site", consumes = MediaType.APPLICATION_JSON_VALUE)
    StaffAssignment.SiteAssignment assignSite(@PathVariable String userId, @Valid @RequestBody SiteMembership request,
                                              CurrentUser user) {
        return assignment.assignSite(actor(user), userId, request.site());
    }

    @DeleteMapping("/site")
    ResponseEntity<Void> unassignSite(@PathVariable String userId, CurrentUser user) {
        assignment.unassignSite(actor(user), userId);
        return ResponseEntity.noContent().build();
    }

    private static AuditActor actor(CurrentUser user) {
        return new AuditActor(user.subject(), user.username());
    }
}

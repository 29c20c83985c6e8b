package org.citizenhub.identity.directory;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Back-office maintenance of the directory (role admin); every change is written to the operation log. */
@RestController
@RequestMapping("/admin/departments")
@PreAuthorize("hasRole('admin')")
class DepartmentAdminController {

    static final String PHONE = "[0-9+()\\- ]{3,30}";

    record DepartmentDetails(
            @NotBlank @Size(max = 100) String nameZh,
            @Size(max = 200) String nameEn,
            @Pattern(regexp = DepartmentCode.FORMAT) @Size(max = DepartmentCode.MAX_LENGTH) String parent,
            @NotNull DepartmentKind kind,
            @Pattern(regexp = PHONE) String contactPhone,
            @Min(0) @Max(100_000) Integer sortOrder) {

        Department.Details toDetails() {
            return new Department.Details(nameZh.strip(), nameEn,
                    parent == null ? null : new DepartmentCode(parent), kind, contactPhone,
                    sortOrder == null ? 0 : sortOrder);
        }
    }

    record NewDepartment(
            @NotBlank @Pattern(regexp = DepartmentCode.FORMAT) @Size(max = DepartmentCode.MAX_LENGTH) String code,
            @NotBlank @Size(max = 100) String nameZh,
            @Size(max = 200) String nameEn,
            @Pattern(regexp = DepartmentCode.FORMAT) @Size(max = DepartmentCode.MAX_LENGTH) String parent,
            @NotNull DepartmentKind kind,
            @Pattern(regexp = PHONE) String contactPhone,
            @Min(0) @Max(100_000) Integer sortOrder) {

        DepartmentDetails details() {
            return new DepartmentDetails(nameZh, nameEn, parent, kind, contactPhone, sortOrder);
        }
    }

    record AdminDepartmentView(String code, String nameZh, String nameEn, String parent, DepartmentKind kind,
                               String contactPhone, int sortOrder, boolean active, Instant createdAt,
                               Instant updatedAt) {
        static AdminDepartmentView of(Department d) {
            return new AdminDepartmentView(d.code().value(), d.nameZh(), d.nameEn(),
                    d.parent() == null ? null : d.parent().value(), d.kind(), d.contactPhone(), d.sortOrder(),
                    d.active(), d.createdAt(), d.updatedAt());
        }
    }

    private final DepartmentDirectory directory;

    DepartmentAdminController(DepartmentDirectory directory) {
        this.directory = directory;
    }

    /** All departments, inactive ones included, flat. */
    @GetMapping
    List<AdminDepartmentView> all() {
        return directory.all().stream().map(AdminDepartmentView::of).toList();
    }

    @GetMapping("/{code}")
    AdminDepartmentView one(@PathVariable String code) {
        return AdminDepartmentView.of(directory.department(code));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AdminDepartmentView> create(@Valid @RequestBody NewDepartment request, CurrentUser user) {
        var created = directory.establish(actor(user), new DepartmentCode(request.code()),
                request.details().toDetails());
        return ResponseEntity.created(URI.create("/admin/departments/" + created.code().value()))
                .body(AdminDepartmentView.of(created));
    }

    @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    AdminDepartmentView revise(@PathVariable String code, @Valid @RequestBody DepartmentDetails request,
                               CurrentUser user) {
        return AdminDepartmentView.of(directory.revise(actor(user), code, request.toDetails()));
    }

    @PostMapping("/{code}/deactivate")
    AdminDepartmentView deactivate(@PathVariable String code, CurrentUser user) {
        return AdminDepartmentView.of(directory.deactivate(actor(user), code));
    }

    @PostMapping("/{code}/activate")
    AdminDepartmentView activate(@PathVariable String code, CurrentUser user) {
        return AdminDepartmentView.of(directory.activate(actor(user), code));
    }

    private static AuditActor actor(CurrentUser user) {
        return new AuditActor(user.subject(), user.username());
    }
}

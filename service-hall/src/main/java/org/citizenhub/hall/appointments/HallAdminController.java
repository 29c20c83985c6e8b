package org.citizenhub.hall.appointments;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.citizenhub.web.security.SiteAdministration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Halls and windows on the admin port: the hub-wide {@code admin} for every site, a {@code site-admin} for the
 * halls of their own site only ({@code 403 outside-site} otherwise). Every change is audit-logged.
 */
@RestController
@RequestMapping("/admin/halls")
@PreAuthorize("hasAnyRole('admin', 'site-admin')")
@Validated
class HallAdminController {

    static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";

    record HallRequest(@NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,35}") String department,
                       @NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 300) String address,
                       @NotBlank @Size(max = 300) String openingHours) {
    }

    record HallUpdate(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 300) String address,
                      @NotBlank @Size(max = 300) String openingHours) {
    }

    record PeriodRequest(@NotNull @Pattern(regexp = TIME) String from, @NotNull @Pattern(regexp = TIME) String to) {
    }

    record WindowRequest(@NotBlank @Size(max = 100) String name,
                         @NotNull @Size(max = 30) List<@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]{0,39}") String> itemCodes,
                         @Min(5) @Max(240) int slotMinutes,
                         @NotEmpty @Size(max = 6) List<@Valid @NotNull PeriodRequest> periods,
                         @Min(1) @Max(500) int capacity) {
        Halls.WindowDetails details() {
            return new Halls.WindowDetails(name, itemCodes,
                    slotMinutes, periods.stream().map(p -> new Halls.Period(p.from(), p.to())).toList(), capacity);
        }
    }

    private final Halls halls;

    HallAdminController(Halls halls) {
        this.halls = halls;
    }

    /** The hub-wide admin: every hall; a site administrator: their own site's. */
    @GetMapping
    List<Halls.Hall> list(CurrentUser user) {
        return halls.all(null).stream().filter(h -> SiteAdministration.mayAdminister(user, h.site())).toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Halls.Hall create(@Valid @RequestBody HallRequest request, CurrentUser user) {
        SiteAdministration.require(user, halls.siteOf(request.department()));
        return halls.create(new Halls.HallDetails(request.department(), request.name(), request.address(),
                request.openingHours()), auditor(user));
    }

    @GetMapping("/{hallId}")
    Halls.Hall read(@PathVariable UUID hallId, CurrentUser user) {
        return administered(hallId, user);
    }

    @PutMapping(path = "/{hallId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Halls.Hall update(@PathVariable UUID hallId, @Valid @RequestBody HallUpdate request, CurrentUser user) {
        var hall = administered(hallId, user);
        return halls.update(hallId, new Halls.HallDetails(hall.department(), request.name(), request.address(),
                request.openingHours()), auditor(user));
    }

    /** A new window; its slots for the horizon are made at once. */
    @PostMapping(path = "/{hallId}/windows", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Halls.Window addWindow(@PathVariable UUID hallId, @Valid @RequestBody WindowRequest request, CurrentUser user) {
        administered(hallId, user);
        return halls.addWindow(hallId, request.details(), auditor(user));
    }

    /** A new schedule: future slots follow it at once; booked citizens keep their seats. */
    @PutMapping(path = "/{hallId}/windows/{windowId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Halls.Window updateWindow(@PathVariable UUID hallId, @PathVariable UUID windowId,
                              @Valid @RequestBody WindowRequest request, CurrentUser user) {
        administered(hallId, user);
        var window = halls.window(windowId).filter(w -> w.hallId().equals(hallId))
                .orElseThrow(() -> new HubProblem(AppointmentProblem.WINDOW_NOT_FOUND));
        return halls.updateWindow(window, request.details(), auditor(user));
    }

    /** The hall if the user administers its site (403 outside-site otherwise) and it exists (404). */
    private Halls.Hall administered(UUID hallId, CurrentUser user) {
        var hall = halls.find(hallId).orElseThrow(() -> new HubProblem(AppointmentProblem.HALL_NOT_FOUND));
        SiteAdministration.require(user, hall.site());
        return hall;
    }

    private static AuditActor auditor(CurrentUser user) {
        return new AuditActor(user.subject(), user.username());
    }
}

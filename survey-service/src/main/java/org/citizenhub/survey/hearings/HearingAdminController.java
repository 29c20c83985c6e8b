package org.citizenhub.survey.hearings;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.citizenhub.web.security.SiteAdministration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hearings in the back office: the hub-wide {@code admin} for every site, a {@code site-admin} for their own site only
 * ({@code 403 outside-site} otherwise). Every change is audit-logged.
 */
@RestController
@RequestMapping("/admin/hearings")
@PreAuthorize("hasAnyRole('admin', 'site-admin')")
@Validated
class HearingAdminController {

    record HearingRequest(@NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,35}") String department,
                          @NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 20_000) String announcement,
                          @NotNull Instant registrationOpensAt, @NotNull Instant registrationClosesAt,
                          @NotNull Instant hearingAt, @Min(1) @Max(10_000) int seats,
                          @Size(max = 128) @Pattern(regexp = "[0-9A-Za-z._-]*") String seed) {
    }

    record RecordRequest(@NotBlank @Size(max = 200_000) String record) {
    }

    private final Hearings hearings;

    HearingAdminController(Hearings hearings) {
        this.hearings = hearings;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Hearings.Hearing announce(@Valid @RequestBody HearingRequest r, CurrentUser user) {
        SiteAdministration.require(user, hearings.siteOf(r.department()));
        return hearings.announce(new Hearings.HearingDetails(r.department(), r.subject(), r.announcement(),
                r.registrationOpensAt(), r.registrationClosesAt(), r.hearingAt(), r.seats()), r.seed(), auditor(user));
    }

    @PostMapping("/{id}/draw")
    Hearings.Hearing draw(@PathVariable UUID id, CurrentUser user) {
        administered(id, user);
        return hearings.draw(id, auditor(user));
    }

    @PostMapping("/{id}/record")
    Hearings.Hearing record(@PathVariable UUID id, @Valid @RequestBody RecordRequest body, CurrentUser user) {
        administered(id, user);
        return hearings.publishRecord(id, body.record(), auditor(user));
    }

    private void administered(UUID id, CurrentUser user) {
        var h = hearings.find(id).orElseThrow(() -> new HubProblem(HearingProblem.HEARING_NOT_FOUND, id));
        SiteAdministration.require(user, h.site());
    }

    private static AuditActor auditor(CurrentUser user) {
        return new AuditActor(user.subject(), user.username());
    }
}

package org.citizenhub.survey.hearings;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.citizenhub.sites.web.SiteSelection;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Hearings for everyone (per site, names masked) and for the registered citizen. Rules in {@link Hearings}. */
@RestController
@Validated
class HearingController {

    record RegistrationRequest(@NotBlank @Size(max = 2000) String interest) {
    }

    record StatementRequest(@NotBlank @Size(max = 10_000) String statement) {
    }

    record PublicHearing(Hearings.Hearing hearing, List<Hearings.PublicRegistration> registrations) {
    }

    private final Hearings hearings;

    HearingController(Hearings hearings) {
        this.hearings = hearings;
    }

    @GetMapping("/public/hearings")
    List<Hearings.Hearing> list(SiteSelection site) {
        return hearings.ofSites(site.sites());
    }

    /** The hearing with its seed; after the draw every registration id and seat, so anyone can re-run it. */
    @GetMapping("/public/hearings/{id}")
    PublicHearing read(@PathVariable UUID id, SiteSelection site) {
        var h = visible(id, site);
        return new PublicHearing(h, h.drawnAt() == null ? List.of() : hearings.publicRegistrations(id));
    }

    @PostMapping("/hearings/{id}/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    Hearings.MyRegistration register(@PathVariable UUID id, @Valid @RequestBody RegistrationRequest body,
                                     CurrentUser user) {
        return hearings.register(id, user.subject(), user.username() == null ? "?" : user.username(),
                body.interest());
    }

    @GetMapping("/hearings/{id}/registrations/mine")
    Hearings.MyRegistration mine(@PathVariable UUID id, CurrentUser user) {
        return hearings.registrationOf(id, user.subject())
                .orElseThrow(() -> new HubProblem(HearingProblem.HEARING_NOT_FOUND, id));
    }

    @PutMapping("/hearings/{id}/registrations/mine/statement")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void statement(@PathVariable UUID id, @Valid @RequestBody StatementRequest body, CurrentUser user) {
        hearings.submitStatement(id, user.subject(), body.statement());
    }

    private Hearings.Hearing visible(UUID id, SiteSelection site) {
        return hearings.find(id).filter(h -> site.coversSite(h.site()))
                .orElseThrow(() -> new HubProblem(HearingProblem.HEARING_NOT_FOUND, id));
    }
}

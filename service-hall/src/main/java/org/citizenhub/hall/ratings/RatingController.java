package org.citizenhub.hall.ratings;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citizenhub.casework.actor.Actors;
import org.citizenhub.casework.history.CaseStep;
import org.citizenhub.hall.ratings.domain.Rating;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 好差评 over HTTP: visits registered by the window's staff, ratings by visit code (public) and of applications
 * (the applicant), and the back office's rectification and appeal steps. Thin: every rule is in
 * {@link RatingHandling} and the domain.
 */
@RestController
@Validated
class RatingController {

    static final String NUMBER = "PJ[0-9]{14,20}";

    record VisitRequest(@NotBlank @Size(max = 40) String window,
                        @NotBlank @Size(max = 64) @Pattern(regexp = "[0-9A-Za-z-]+") String itemCode,
                        @NotBlank @Size(max = 200) String itemName, Instant servedAt) {
    }

    record VisitRatingRequest(@NotBlank @Size(max = 20) String visitCode, @Min(1) @Max(5) int satisfaction,
                              @Size(max = 6) List<@NotBlank @Size(max = 40) String> reasons,
                              @Size(max = 2000) String comment, @NotBlank @Size(max = 20) String channel) {
        RatingHandling.RatingInput input() {
            return new RatingHandling.RatingInput(satisfaction, reasons, comment, channel);
        }
    }

    record ApplicationRatingRequest(@Min(1) @Max(5) int satisfaction,
                                    @Size(max = 6) List<@NotBlank @Size(max = 40) String> reasons,
                                    @Size(max = 2000) String comment, @NotBlank @Size(max = 20) String channel) {
    }

    record FollowUpRequest(@NotNull Boolean reached, @Size(max = 4000) String note) {
    }

    record MeasuresRequest(@Size(max = 4000) String measures) {
    }

    record NoteRequest(@Size(max = 4000) String note) {
    }

    record ReasonRequest(@Size(max = 4000) String reason) {
    }

    record DecisionRequest(@NotNull Boolean upheld, @Size(max = 4000) String comment) {
    }

    /** What the rater is told back: no more than the rating's number and level. */
    record Receipt(String number, int satisfaction, String label, boolean rectificationOpened) {
        static Receipt of(Rating r) {
            var g = r.given();
            return new Receipt(g.number(), g.satisfaction().level(), g.satisfaction().label(),
                    r.rectification() != null);
        }
    }

    /** A rating as staff see it; never the rater's identity. */
    record StaffView(String number, String subject, String department, String site, String itemCode,
                     String itemName, String window, String channel, int satisfaction, String label,
                     List<String> reasons, String comment, Instant ratedAt, String state, boolean excluded,
                     Rating.Rectification rectification, Instant rectificationDueAt, Rating.Appeal appeal,
                     List<Step> history) {
        static StaffView of(Rating r, List<CaseStep> steps) {
            var g = r.given();
            return new StaffView(g.number(), g.subject().name(), g.place().department(), g.place().site(),
                    g.place().itemCode(), g.place().itemName(), g.place().window(), g.channel().code(),
                    g.satisfaction().level(), g.satisfaction().label(),
                    g.reasons().stream().map(x -> x.code()).sorted().toList(), g.comment(), g.ratedAt(), r.state(),
                    r.excluded(), r.rectification(), r.rectificationDueAt().orElse(null), r.appeal(),
                    steps == null ? null : steps.stream().map(Step::of).toList());
        }
    }

    /** A history line; a citizen's step shows no name. */
    record Step(String action, String from, String to, String actorRole, String actorDepartment, Instant at,
                Map<String, Object> details) {
        static Step of(CaseStep s) {
            return new Step(s.action(), s.fromStatus(), s.toStatus(), s.actor().role().name(),
                    s.actor().department(), s.at(), s.details());
        }
    }

    private final RatingHandling handling;

    RatingController(RatingHandling handling) {
        this.handling = handling;
    }

    @PostMapping("/visits")
    @PreAuthorize("hasRole('handler')")
    @ResponseStatus(HttpStatus.CREATED)
    RatingHandling.RegisteredVisit registerVisit(@Valid @RequestBody VisitRequest body, CurrentUser user) {
        Actors.handler(user); // 403 without a department
        return handling.registerVisit(user, body.window(), body.itemCode(), body.itemName(), body.servedAt());
    }

    /** 一次一评: whoever holds the visit's code (at the window's tablet, by QR code, on the website). */
    @PostMapping("/public/ratings/visits")
    @ResponseStatus(HttpStatus.CREATED)
    Receipt rateVisit(@Valid @RequestBody VisitRatingRequest body) {
        return Receipt.of(handling.rateVisit(body.visitCode(), body.input(), CurrentUser.current()));
    }

    /** 一事一评: the applicant, once the application has its result. */
    @PostMapping("/ratings/applications/{applicationNumber}")
    @ResponseStatus(HttpStatus.CREATED)
    Receipt rateApplication(@PathVariable @Size(max = 64) @Pattern(regexp = "[0-9A-Za-z-]+") String applicationNumber,
                            @Valid @RequestBody ApplicationRatingRequest body, CurrentUser user) {
        return Receipt.of(handling.rateApplication(applicationNumber, new RatingHandling.RatingInput(
                body.satisfaction(), body.reasons(), body.comment(), body.channel()), user));
    }

    @GetMapping("/ratings/rectifications")
    @PreAuthorize("hasAnyRole('handler', 'supervisor')")
    List<StaffView> rectifications(@RequestParam(required = false) @Pattern(regexp = "OPEN|RECTIFIED|CLOSED")
                                   String status,
                                   @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                   @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, CurrentUser user) {
        return handling.rectifications(user, status, page, size).stream().map(r -> StaffView.of(r, null)).toList();
    }

    @GetMapping("/ratings/{number}")
    @PreAuthorize("hasAnyRole('handler', 'supervisor')")
    StaffView rating(@PathVariable @Pattern(regexp = NUMBER) String number, CurrentUser user) {
        Rating r = handling.staffView(user, number);
        return StaffView.of(r, handling.history(r));
    }

    @PostMapping("/ratings/{number}/rectification/follow-up")
    @PreAuthorize("hasRole('handler')")
    StaffView followUp(@PathVariable @Pattern(regexp = NUMBER) String number,
                       @Valid @RequestBody FollowUpRequest body, CurrentUser user) {
        return StaffView.of(handling.recordFollowUp(user, number, body.reached(), body.note()), null);
    }

    @PostMapping("/ratings/{number}/rectification/rectified")
    @PreAuthorize("hasRole('handler')")
    StaffView rectified(@PathVariable @Pattern(regexp = NUMBER) String number,
                        @Valid @RequestBody MeasuresRequest body, CurrentUser user) {
        return StaffView.of(handling.rectify(user, number, body.measures()), null);
    }

    @PostMapping("/ratings/{number}/rectification/close")
    @PreAuthorize("hasRole('supervisor')")
    StaffView close(@PathVariable @Pattern(regexp = NUMBER) String number, @Valid @RequestBody NoteRequest body,
                    CurrentUser user) {
        return StaffView.of(handling.close(user, number, body.note()), null);
    }

    @PostMapping("/ratings/{number}/rectification/reopen")
    @PreAuthorize("hasRole('supervisor')")
    StaffView reopen(@PathVariable @Pattern(regexp = NUMBER) String number, @Valid @RequestBody ReasonRequest body,
                     CurrentUser user) {
        return StaffView.of(handling.reopen(user, number, body.reason()), null);
    }

    @PostMapping("/ratings/{number}/appeal")
    @PreAuthorize("hasRole('handler')")
    StaffView appeal(@PathVariable @Pattern(regexp = NUMBER) String number, @Valid @RequestBody ReasonRequest body,
                     CurrentUser user) {
        return StaffView.of(handling.appeal(user, number, body.reason()), null);
    }

    @PostMapping("/ratings/{number}/appeal/decision")
    @PreAuthorize("hasRole('supervisor')")
    StaffView decide(@PathVariable @Pattern(regexp = NUMBER) String number,
                     @Valid @RequestBody DecisionRequest body, CurrentUser user) {
        return StaffView.of(handling.decideAppeal(user, number, body.upheld(), body.comment()), null);
    }
}

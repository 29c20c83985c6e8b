package org.citizenhub.survey.reviews;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.sites.web.SiteSelection;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.citizenhub.web.security.SiteAdministration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reviews: opened by a site's administrator, rated by signed-in citizens, results public per site. */
@RestController
@Validated
class ReviewController {

    record ReviewRequest(@NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,35}") String site,
                         @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20_000) String description,
                         @NotNull Instant opensAt, @NotNull Instant closesAt,
                         @NotEmpty @Size(max = 100) Set<@Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,35}") String> departments) {
    }

    /** {@code comments}: optional, per reviewed department; published masked with the results. */
    record RatingRequest(@NotEmpty @Size(max = 100) Map<@NotBlank @Size(max = 40) String, @NotNull Integer> scores,
                         @Size(max = 100) Map<@NotBlank @Size(max = 40) String, @NotBlank @Size(max = 1000) String>
                                 comments) {
    }

    record Receipt(UUID id) {
    }

    private final Reviews reviews;

    ReviewController(Reviews reviews) {
        this.reviews = reviews;
    }

    @PostMapping("/admin/reviews")
    @PreAuthorize("hasAnyRole('admin', 'site-admin')")
    @ResponseStatus(HttpStatus.CREATED)
    Reviews.Review open(@Valid @RequestBody ReviewRequest r, CurrentUser user) {
        SiteAdministration.require(user, r.site());
        return reviews.open(r.site(), r.title(), r.description(), r.opensAt(), r.closesAt(), r.departments(),
                new AuditActor(user.subject(), user.username()));
    }

    @GetMapping("/public/reviews")
    List<Reviews.Review> list(SiteSelection site) {
        return reviews.ofSites(site.sites());
    }

    @GetMapping("/public/reviews/{id}")
    Reviews.Review read(@PathVariable UUID id, SiteSelection site) {
        return visible(id, site);
    }

    @GetMapping("/public/reviews/{id}/results")
    List<Reviews.DepartmentResult> results(@PathVariable UUID id, SiteSelection site) {
        visible(id, site);
        return reviews.results(id);
    }

    @PostMapping("/reviews/{id}/ratings")
    @ResponseStatus(HttpStatus.CREATED)
    Receipt rate(@PathVariable UUID id, @Valid @RequestBody RatingRequest body, CurrentUser user) {
        return new Receipt(reviews.rate(id, user.subject(), body.scores(),
                body.comments() == null ? Map.of() : body.comments()));
    }

    private Reviews.Review visible(UUID id, SiteSelection site) {
        return reviews.find(id).filter(r -> site.coversSite(r.site()))
                .orElseThrow(() -> new HubProblem(ReviewProblem.REVIEW_NOT_FOUND, id));
    }
}

package org.citizenhub.survey.drafts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citizenhub.sites.web.SiteSelection;
import org.citizenhub.survey.drafts.domain.Draft;
import org.citizenhub.survey.drafts.domain.Feedback;
import org.citizenhub.web.problem.HubProblem;
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

/** 意见征集 over HTTP; thin: the rules are in {@link DraftHandling} and the domain. */
@RestController
@Validated
class DraftController {

    record ChapterRequest(@NotBlank @Size(max = 200) String title,
                          @NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 10000) String> articles) {
    }

    record DraftRequest(@NotBlank @Size(max = 200) String title, @NotNull Instant opensAt, @NotNull Instant closesAt,
                        @NotEmpty @Size(max = 50) List<@Valid ChapterRequest> chapters) {
    }

    record CommentRequest(@Pattern(regexp = "[0-9]{1,3}\\.[0-9]{1,3}") String article, @NotBlank String text) {
    }

    record RejectRequest(@Size(max = 1000) String reason) {
    }

    record GroupRequest(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String summary,
                        @NotNull Feedback.Outcome outcome, @Size(max = 4000) String reason,
                        @NotEmpty List<UUID> comments) {
    }

    record FeedbackRequest(@NotNull @Size(max = 200) List<@Valid GroupRequest> groups) {
    }

    record PublicDraft(String number, String title, String department, String site, Instant opensAt,
                       Instant closesAt, List<Draft.Chapter> chapters, List<DraftHandling.Comment> comments,
                       Feedback feedback) {
    }

    private final DraftHandling handling;
    private final DraftsProperties properties;

    DraftController(DraftHandling handling, DraftsProperties properties) {
        this.handling = handling;
        this.properties = properties;
    }

    @PostMapping("/drafts")
    @PreAuthorize("hasRole('handler')")
    @ResponseStatus(HttpStatus.CREATED)
    PublicDraft create(@Valid @RequestBody DraftRequest body, CurrentUser user) {
        var s = handling.create(user, body.title(), body.opensAt(), body.closesAt(),
                body.chapters().stream().map(c -> new Draft.Chapter(c.title(), c.articles())).toList());
        return view(s);
    }

    @PostMapping("/drafts/{number}/comments")
    @PreAuthorize("hasRole('citizen')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    java.util.Map<String, Object> comment(@PathVariable String number, @Valid @RequestBody CommentRequest body,
                                          CurrentUser user) {
        int length = body.text().strip().length();
        if (length < properties.commentMinLength() || length > properties.commentMaxLength()) {
            throw DraftProblem.of(new org.citizenhub.survey.drafts.domain.DraftRefused(
                    org.citizenhub.survey.drafts.domain.DraftRule.INVALID_COMMENT,
                    properties.commentMinLength(), properties.commentMaxLength()));
        }
        UUID id = handling.comment(user, number, body.article(), body.text().strip());
        return java.util.Map.of("id", id, "status", "SUBMITTED");
    }

    @GetMapping("/drafts/{number}/comments")
    @PreAuthorize("hasAnyRole('handler','reviewer','supervisor')")
    List<DraftHandling.Comment> comments(@PathVariable String number,
                                         @RequestParam(required = false) String status, CurrentUser user) {
        return handling.comments(user, number, status);
    }

    @PostMapping("/drafts/comments/{id}/approve")
    @PreAuthorize("hasAnyRole('handler','reviewer','supervisor')")
    DraftHandling.Comment approve(@PathVariable UUID id, CurrentUser user) {
        return handling.moderate(user, id, true, null);
    }

    @PostMapping("/drafts/comments/{id}/reject")
    @PreAuthorize("hasAnyRole('handler','reviewer','supervisor')")
    DraftHandling.Comment reject(@PathVariable UUID id, @Valid @RequestBody RejectRequest body, CurrentUser user) {
        return handling.moderate(user, id, false, body.reason());
    }

    @PostMapping("/drafts/{number}/feedback")
    @PreAuthorize("hasAnyRole('handler','reviewer','supervisor')")
    Feedback feedback(@PathVariable String number, @Valid @RequestBody FeedbackRequest body, CurrentUser user) {
        return handling.publishFeedback(user, number, body.groups().stream()
                .map(g -> new Feedback.Group(g.title(), g.summary(), g.outcome(), g.reason(), g.comments()))
                .toList());
    }

    /** The drafts one site shows (its own departments, with includeChildren its districts' too). */
    @GetMapping("/public/drafts")
    List<PublicDraft> list(SiteSelection selection) {
        return handling.list(selection.departments()).stream().map(this::view).toList();
    }

    @GetMapping("/public/drafts/{number}")
    PublicDraft one(@PathVariable String number, SiteSelection selection) {
        var s = handling.find(number);
        if (!selection.covers(s.draft().department())) {
            throw new HubProblem(DraftProblem.DRAFT_NOT_FOUND, number);
        }
        return view(s);
    }

    private PublicDraft view(DraftHandling.Stored s) {
        Draft d = s.draft();
        return new PublicDraft(d.number(), d.title(), d.department(), d.site(), d.opensAt(), d.closesAt(),
                d.chapters(), handling.published(s.id()), s.feedback());
    }
}

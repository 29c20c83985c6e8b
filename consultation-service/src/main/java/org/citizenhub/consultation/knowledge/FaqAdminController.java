package org.citizenhub.consultation.knowledge;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.casework.actor.Actor;
import org.citizenhub.casework.actor.Actors;
import org.citizenhub.consultation.cases.domain.Submission;
import org.citizenhub.privacy.PersonalDataMasker;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 常见问题 administration: staff (handlers, admins) draft and edit entries, a reviewer other than the author
 * approves or sends them back, staff withdraw them. Texts are masked when written; every step is audit-logged.
 */
@RestController
@RequestMapping("/admin/knowledge/faqs")
@Validated
class FaqAdminController {

    record FaqRequest(@NotBlank @Pattern(regexp = Submission.CATEGORY_FORMAT) String category,
                      @NotBlank @Size(max = FaqEntry.MAX_TITLE) String title,
                      @NotBlank @Size(max = FaqEntry.MAX_QUESTION) String question,
                      @NotBlank @Size(max = FaqEntry.MAX_ANSWER) String answer) {
    }

    record ReviewRequest(@Size(max = FaqEntry.MAX_COMMENT) String comment) {
    }

    /** @param masked what the masker replaced: kinds only (e.g. MOBILE), never the values */
    record FaqView(UUID id, String status, String category, String title, String question, String answer,
                   String authorId, String reviewComment, OffsetDateTime createdAt, OffsetDateTime publishedAt,
                   long version, List<String> masked) {

        static FaqView of(FaqEntry e, List<PersonalDataMasker.Finding> findings) {
            var s = e.state();
            var c = s.content();
            return new FaqView(s.id(), s.status().name(), c.category(), c.title(), c.question(), c.answer(),
                    s.authorId(), s.review() == null ? null : s.review().comment(),
                    KnowledgeController.odt(s.createdAt()), KnowledgeController.odt(s.publishedAt()), s.version(),
                    findings.stream().map(f -> f.kind().name()).toList());
        }

        static FaqView of(FaqEntry e) {
            return of(e, List.of());
        }
    }

    private final KnowledgeBase knowledge;

    FaqAdminController(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('handler', 'admin')")
    ResponseEntity<FaqView> draft(@Valid @RequestBody FaqRequest r, CurrentUser user) {
        var written = knowledge.draft(author(user), auditor(user), r.category(), r.title(), r.question(),
                r.answer());
        return ResponseEntity.status(HttpStatus.CREATED).body(FaqView.of(written.entry(), written.masked()));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('handler', 'admin')")
    FaqView edit(@PathVariable UUID id, @Valid @RequestBody FaqRequest r, CurrentUser user) {
        var written = knowledge.edit(author(user), auditor(user), id, r.category(), r.title(), r.question(),
                r.answer());
        return FaqView.of(written.entry(), written.masked());
    }

    @PostMapping("/{id}/submission")
    @PreAuthorize("hasAnyRole('handler', 'admin')")
    FaqView submit(@PathVariable UUID id, CurrentUser user) {
        return FaqView.of(knowledge.submitForReview(author(user), auditor(user), id));
    }

    @PostMapping(path = "/{id}/approval", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('reviewer', 'supervisor')")
    FaqView approve(@PathVariable UUID id, @Valid @RequestBody ReviewRequest r, CurrentUser user) {
        return FaqView.of(knowledge.approve(reviewer(user), auditor(user), id, r.comment()));
    }

    @PostMapping(path = "/{id}/sending-back", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('reviewer', 'supervisor')")
    FaqView sendBack(@PathVariable UUID id, @Valid @RequestBody ReviewRequest r, CurrentUser user) {
        return FaqView.of(knowledge.sendBack(reviewer(user), auditor(user), id, r.comment()));
    }

    @PostMapping("/{id}/withdrawal")
    @PreAuthorize("hasAnyRole('handler', 'admin', 'reviewer', 'supervisor')")
    FaqView withdraw(@PathVariable UUID id, CurrentUser user) {
        return FaqView.of(knowledge.withdraw(author(user), auditor(user), id));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('handler', 'admin', 'reviewer', 'supervisor')")
    FaqView one(@PathVariable UUID id) {
        return FaqView.of(knowledge.faq(id));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('handler', 'admin', 'reviewer', 'supervisor')")
    List<FaqView> list(@RequestParam(required = false) FaqEntry.Status status,
                       @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                       @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return knowledge.faqs(status, page, size).stream().map(FaqView::of).toList();
    }

    /** Authors act in their own name; an admin without a department is an author too. */
    private static Actor author(CurrentUser user) {
        return new Actor(user.subject(), user.username(), Actor.Role.HANDLER, user.department());
    }

    private static Actor reviewer(CurrentUser user) {
        return Actors.as(user, user.hasRole("supervisor") && !user.hasRole("reviewer") ? Actor.Role.SUPERVISOR
                : Actor.Role.REVIEWER);
    }

    private static AuditActor auditor(CurrentUser user) {
        return new AuditActor(user.subject(), user.username());
    }
}

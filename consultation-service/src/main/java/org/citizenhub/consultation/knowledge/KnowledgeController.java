package org.citizenhub.consultation.knowledge;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citizenhub.consultation.ConsultationApplication;
import org.citizenhub.sites.web.SiteSelection;
import org.citizenhub.web.problem.HubProblem;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public knowledge base: search, one answer, and similar answers offered before a citizen submits. */
@RestController
@Validated
class KnowledgeController {

    static final String KINDS = "FAQ|CONSULTATION|COMPLAINT|SUGGESTION|ERROR_REPORT";

    /**
     * @param source  CASE (a citizen's question and its published reply) or FAQ (staff-written)
     * @param score   Dice similarity of the query and the entry's title + question, 0–1 (null without a query)
     */
    record AnswerView(UUID id, String source, String trackingNumber, String kind, String category,
                      String department, String title, String question, String answer, OffsetDateTime askedAt,
                      OffsetDateTime publishedAt, Double score) {

        static AnswerView of(KnowledgeRepository.Answer a) {
            return new AnswerView(a.id(), a.source(), a.trackingNumber(), a.kind(), a.category(), a.department(),
                    a.title(), a.question(), a.answer(), odt(a.askedAt()), odt(a.publishedAt()), a.score());
        }
    }

    private final KnowledgeBase knowledge;

    KnowledgeController(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @GetMapping("/public/answers")
    List<AnswerView> search(@RequestParam(required = false) @Size(max = KnowledgeBase.MAX_QUERY) String q,
                            @RequestParam(required = false) @Pattern(regexp = KINDS) String kind,
                            @RequestParam(defaultValue = "0") @Min(0) @Max(500) int page, SiteSelection site) {
        return knowledge.search(q, kind, site, page).stream().map(AnswerView::of).toList();
    }

    @GetMapping("/public/answers/{id}")
    AnswerView answer(@PathVariable UUID id, SiteSelection site) {
        return knowledge.published(id, site).map(AnswerView::of)
                .orElseThrow(() -> new HubProblem(KnowledgeProblem.ANSWER_NOT_FOUND, id));
    }

    @GetMapping("/public/similar")
    List<AnswerView> similar(@RequestParam @NotBlank @Size(max = KnowledgeBase.MAX_QUERY) String text,
                             SiteSelection site) {
        return knowledge.similar(text, site).stream().map(AnswerView::of).toList();
    }

    static OffsetDateTime odt(java.time.Instant instant) {
        return instant == null ? null : instant.atZone(ConsultationApplication.ZONE).toOffsetDateTime();
    }
}

package org.citizenhub.survey.interviews;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citizenhub.sites.web.SiteSelection;
import org.citizenhub.survey.interviews.domain.Interview;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** 在线访谈 over HTTP: the back office, citizens' questions, the public pages and the live stream. Thin. */
@RestController
@Validated
class InterviewController {

    record ScheduleRequest(@NotBlank @Size(max = 200) String title,
                           @NotNull @Size(max = 20) List<@NotBlank @Size(max = 100) String> guests,
                           @NotNull Instant startsAt, @NotNull Instant endsAt) {
    }

    /** The transport limit only; the policy's own limit (hub.survey.interviews.max-question-length) is smaller. */
    record QuestionRequest(@NotNull @Size(max = 2000) String text) {
    }

    record DecisionRequest(@Size(max = 500) String reason) {
    }

    record AnswerRequest(@NotBlank @Size(max = 4000) String text) {
    }

    record InterviewView(UUID id, String department, String site, String title, List<String> guests,
                         Instant startsAt, Instant endsAt, Instant transcriptPublishedAt) {
        static InterviewView of(Interview i) {
            var s = i.session();
            return new InterviewView(i.id(), s.department(), s.site(), s.title(), s.guests(), s.startsAt(),
                    s.endsAt(), i.published() ? i.transcript().publishedAt() : null);
        }
    }

    record PublicInterview(InterviewView interview, List<InterviewHandling.PublicQuestion> questions) {
    }

    private final InterviewHandling handling;
    private final LiveInterviews live;

    InterviewController(InterviewHandling handling, LiveInterviews live) {
        this.handling = handling;
        this.live = live;
    }

    // --- back office ---------------------------------------------------------------------------------------------

    @PostMapping("/interviews")
    @PreAuthorize("hasRole('handler')")
    @ResponseStatus(HttpStatus.CREATED)
    InterviewView schedule(@Valid @RequestBody ScheduleRequest body, CurrentUser user) {
        return InterviewView.of(handling.schedule(user, body.title(), body.guests(), body.startsAt(), body.endsAt()));
    }

    @GetMapping("/interviews/{id}/questions")
    @PreAuthorize("hasAnyRole('handler', 'reviewer', 'admin')")
    List<InterviewHandling.Question> questions(@PathVariable UUID id,
                                               @RequestParam(required = false)
                                               @Pattern(regexp = "PENDING|APPROVED|REJECTED") String status,
                                               CurrentUser user) {
        return handling.questions(user, id, status);
    }

    @PostMapping("/interviews/{id}/questions/{questionId}/approve")
    @PreAuthorize("hasAnyRole('handler', 'reviewer', 'admin')")
    InterviewHandling.Question approve(@PathVariable UUID id, @PathVariable UUID questionId, CurrentUser user) {
        return handling.decide(user, id, questionId, true, null);
    }

    @PostMapping("/interviews/{id}/questions/{questionId}/reject")
    @PreAuthorize("hasAnyRole('handler', 'reviewer', 'admin')")
    InterviewHandling.Question reject(@PathVariable UUID id, @PathVariable UUID questionId,
                                      @Valid @RequestBody DecisionRequest body, CurrentUser user) {
        return handling.decide(user, id, questionId, false, body.reason());
    }

    @PostMapping("/interviews/{id}/questions/{questionId}/answers")
    @PreAuthorize("hasRole('handler')")
    @ResponseStatus(HttpStatus.CREATED)
    InterviewHandling.Answer answer(@PathVariable UUID id, @PathVariable UUID questionId,
                                    @Valid @RequestBody AnswerRequest body, CurrentUser user) {
        return handling.answer(user, id, questionId, body.text());
    }

    @PostMapping("/interviews/{id}/transcript")
    @PreAuthorize("hasRole('handler')")
    InterviewView publishTranscript(@PathVariable UUID id, CurrentUser user) {
        return InterviewView.of(handling.publishTranscript(user, id));
    }

    // --- citizens ------------------------------------------------------------------------------------------------

    @PostMapping("/interviews/{id}/questions")
    @PreAuthorize("hasRole('citizen')")
    @ResponseStatus(HttpStatus.CREATED)
    InterviewHandling.Question ask(@PathVariable UUID id, @Valid @RequestBody QuestionRequest body,
                                   SiteSelection site, CurrentUser user) {
        return handling.ask(user, id, body.text(), site);
    }

    // --- public --------------------------------------------------------------------------------------------------

    @GetMapping("/public/interviews")
    List<InterviewView> list(SiteSelection site) {
        return handling.listed(site).stream().map(InterviewView::of).toList();
    }

    @GetMapping("/public/interviews/{id}")
    PublicInterview read(@PathVariable UUID id, SiteSelection site) {
        return new PublicInterview(InterviewView.of(handling.visible(id, site)), handling.approvedWithAnswers(id));
    }

    /** The published transcript: the approved questions (masked) and their answers. */
    @GetMapping("/public/interviews/{id}/transcript")
    PublicInterview transcript(@PathVariable UUID id, SiteSelection site) {
        Interview interview = handling.visible(id, site);
        if (!interview.published()) {
            throw new org.citizenhub.web.problem.HubProblem(InterviewProblem.INTERVIEW_TRANSCRIPT_NOT_FOUND, id);
        }
        return new PublicInterview(InterviewView.of(interview), handling.approvedWithAnswers(id));
    }

    /** Approved questions and answers as they happen; {@code Last-Event-ID} resumes after the last one received. */
    @GetMapping(path = "/public/interviews/{id}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(@PathVariable UUID id, SiteSelection site,
                    @RequestHeader(name = "Last-Event-ID", required = false) @Pattern(regexp = "[0-9]{1,18}")
                    String lastEventId) {
        handling.visible(id, site);
        return live.watch(id, lastEventId == null ? 0 : Long.parseLong(lastEventId));
    }
}

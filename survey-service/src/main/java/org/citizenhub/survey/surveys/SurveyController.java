package org.citizenhub.survey.surveys;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citizenhub.sites.web.SiteSelection;
import org.citizenhub.survey.surveys.questionnaire.Answers;
import org.citizenhub.survey.surveys.questionnaire.DisplayCondition;
import org.citizenhub.survey.surveys.questionnaire.Questionnaire;
import org.citizenhub.survey.surveys.responses.AnswerMode;
import org.citizenhub.survey.surveys.responses.Quota;
import org.citizenhub.survey.surveys.responses.ResponseStore;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Surveys over HTTP: staff (create, version, schedule, close, quotas, invitations), public and citizen paths. */
@RestController
@Validated
class SurveyController {

    record CreateRequest(@Size(max = 40) String ownerDepartment, @NotBlank @Size(max = 200) String title,
                         @Size(max = 5000) String description, @NotNull AnswerMode mode,
                         @Min(1) @Max(10_000_000) Integer maxResponses, Questionnaire questionnaire) {
    }

    record QuestionnaireRequest(@NotNull Questionnaire questionnaire) {
    }

    record ScheduleRequest(@NotNull Instant opensAt, @NotNull Instant closesAt) {
    }

    record QuotaRequest(@NotBlank @Size(max = 40) String key, @NotBlank @Size(max = 200) String title,
                        @NotNull DisplayCondition condition, @Min(1) int limit, @NotNull Quota.Action action) {
    }

    record QuotasRequest(@NotNull @Size(max = 50) List<@Valid QuotaRequest> quotas) {
    }

    record InvitationsRequest(@Min(1) @Max(10_000) int count) {
    }

    record AnswerRequest(@NotNull Answers answers) {
    }

    record Created(UUID id, Survey survey) {
    }

    record Answered(UUID surveyId, UUID responseId, AnswerMode mode) {
    }

    private final Surveys surveys;

    SurveyController(Surveys surveys) {
        this.surveys = surveys;
    }

    // --- staff ------------------------------------------------------------------------------------------------------

    @PostMapping("/surveys")
    @ResponseStatus(HttpStatus.CREATED)
    Created create(@Valid @RequestBody CreateRequest r, CurrentUser user) {
        Survey s = surveys.create(user, new Surveys.Details(r.ownerDepartment(), r.title(), r.description(), r.mode(),
                r.maxResponses()), r.questionnaire());
        return new Created(s.id(), s);
    }

    @GetMapping("/surveys")
    List<Surveys.Listed> list(CurrentUser user) {
        return surveys.staffList(user);
    }

    @GetMapping("/surveys/{id}")
    Surveys.StaffView read(@PathVariable UUID id, CurrentUser user) {
        return surveys.staffView(user, id);
    }

    @PutMapping("/surveys/{id}/questionnaire")
    Surveys.Version editDraft(@PathVariable UUID id, @Valid @RequestBody QuestionnaireRequest r, CurrentUser user) {
        return surveys.editDraft(user, id, r.questionnaire());
    }

    @PostMapping("/surveys/{id}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    Surveys.Version publish(@PathVariable UUID id, CurrentUser user) {
        return surveys.publish(user, id);
    }

    @PutMapping("/surveys/{id}/schedule")
    Survey schedule(@PathVariable UUID id, @Valid @RequestBody ScheduleRequest r, CurrentUser user) {
        return surveys.schedule(user, id, r.opensAt(), r.closesAt());
    }

    @PostMapping("/surveys/{id}/close")
    Survey close(@PathVariable UUID id, CurrentUser user) {
        return surveys.closeEarly(user, id);
    }

    @PutMapping("/surveys/{id}/quotas")
    List<Quota> quotas(@PathVariable UUID id, @Valid @RequestBody QuotasRequest r, CurrentUser user) {
        return surveys.setQuotas(user, id, r.quotas().stream()
                .map(q -> new Quota(q.key(), q.title(), q.condition(), q.limit(), q.action(), 0)).toList());
    }

    /** The tokens are in this answer only; they are kept hashed. */
    @PostMapping("/surveys/{id}/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, List<String>> invite(@PathVariable UUID id, @Valid @RequestBody InvitationsRequest r,
                                     CurrentUser user) {
        return Map.of("tokens", surveys.invite(user, id, r.count()));
    }

    // --- public -----------------------------------------------------------------------------------------------------

    @GetMapping("/public/surveys")
    List<Surveys.Listed> publicList(SiteSelection site) {
        return surveys.publicList(site.sites());
    }

    @GetMapping("/public/surveys/{id}")
    Surveys.PublicView publicView(@PathVariable UUID id, SiteSelection site) {
        return surveys.publicView(id).filter(v -> site.coversSite(v.survey().site()))
                .orElseThrow(() -> new HubProblem(SurveyProblem.NOT_FOUND, id));
    }

    @PostMapping("/public/surveys/{id}/invitations/responses")
    @ResponseStatus(HttpStatus.CREATED)
    Answered answerInvited(@PathVariable UUID id, @RequestHeader(name = "Invitation-Token", required = false)
            String token, @Valid @RequestBody AnswerRequest r) {
        return new Answered(id, surveys.answerInvited(id, token, r.answers()), AnswerMode.INVITATION);
    }

    // --- citizens ---------------------------------------------------------------------------------------------------

    /** Real-name: the response's id; anonymous: none (nothing to find the answer by). */
    @PostMapping("/surveys/{id}/responses")
    @ResponseStatus(HttpStatus.CREATED)
    Answered answer(@PathVariable UUID id, @Valid @RequestBody AnswerRequest r, CurrentUser user) {
        var responseId = surveys.answer(user, id, r.answers());
        return new Answered(id, responseId.orElse(null),
                responseId.isPresent() ? AnswerMode.REAL_NAME : AnswerMode.ANONYMOUS);
    }

    @GetMapping("/surveys/{id}/responses/mine")
    ResponseStore.OwnResponse mine(@PathVariable UUID id, CurrentUser user) {
        return surveys.mine(user, id);
    }

    @PutMapping("/surveys/{id}/responses/mine")
    ResponseStore.OwnResponse edit(@PathVariable UUID id, @Valid @RequestBody AnswerRequest r, CurrentUser user) {
        return surveys.edit(user, id, r.answers());
    }
}

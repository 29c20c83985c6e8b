package org.citizenhub.consultation.cases;

import org.citizenhub.consultation.cases.domain.ConsultationCase;
import org.citizenhub.consultation.cases.domain.Texts;
import org.citizenhub.consultation.cases.domain.Screening;
import org.citizenhub.consultation.cases.domain.Evaluation;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citizenhub.casework.actor.Actor;
import org.citizenhub.casework.actor.Actors;
import org.citizenhub.casework.attachments.AttachmentAccess;
import org.citizenhub.casework.attachments.AttachmentEndpoints;
import org.citizenhub.casework.attachments.AttachmentInfo;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The back office's steps on a case, one POST each. Handlers act for the department in their token: the dispatch
 * centre screens, dispatches, decides disputes and follows up; the lead department handles and replies; co-handlers
 * give their parts. A case of another department is "not found".
 */
@RestController
@RequestMapping(path = "/handling/cases/{trackingNumber}")
class HandlingController {

    static final String DEPARTMENT = ConsultationCase.DEPARTMENT_FORMAT;

    record Acceptance(@Size(max = Texts.MAX_NOTE) String note) {
    }

    record Refusal(@NotNull Screening.RefusalReason reason,
                   @NotBlank @Size(max = Texts.MAX_NOTE) String explanation) {
    }

    record Merge(@NotBlank @Pattern(regexp = "ZX[0-9]{14,24}") String into) {
    }

    record DispatchRequest(@NotBlank @Pattern(regexp = DEPARTMENT) String lead,
                           @Size(max = ConsultationCase.MAX_CO_HANDLERS)
                           List<@NotNull @Pattern(regexp = DEPARTMENT) String> coHandlers) {
    }

    record Dispute(@NotBlank @Size(max = Texts.MAX_NOTE) String reason) {
    }

    record Overruling(@NotBlank @Size(max = Texts.MAX_NOTE) String comment) {
    }

    record Part(@NotBlank @Size(max = Texts.MAX_REPLY) String text) {
    }

    record Transfer(@NotBlank @Pattern(regexp = DEPARTMENT) String department,
                    @NotBlank @Size(max = Texts.MAX_NOTE) String reason) {
    }

    record InformationRequest(@NotBlank @Size(max = Texts.MAX_NOTE) String question) {
    }

    /** @param amount in the unit of the deadline's rule (working days, calendar days or working hours) */
    record ExtensionRequest(@NotNull @Min(1) @Max(480) Integer amount,
                            @NotBlank @Size(max = Texts.MAX_NOTE) String reason) {
    }

    record ExtensionDecision(@NotNull Boolean approve, @Size(max = Texts.MAX_NOTE) String comment) {
    }

    record PromisedCompletion(@NotNull LocalDate date, @NotBlank @Size(max = Texts.MAX_NOTE) String note) {
    }

    record ReplyDraft(@NotBlank @Size(max = Texts.MAX_REPLY) String text) {
    }

    record Review(@NotNull Boolean approve, Boolean allowPublication, @Size(max = Texts.MAX_NOTE) String comment) {
    }

    record FollowUpRequest(@NotNull Boolean reached, Evaluation.Rating satisfaction,
                           @Size(max = Texts.MAX_NOTE) String note) {
    }

    record UrgingRequest(@NotBlank @Size(max = Texts.MAX_NOTE) String note) {
    }

    private final CaseHandling handling;
    private final AttachmentEndpoints attachments;

    HandlingController(CaseHandling handling, AttachmentEndpoints attachments) {
        this.handling = handling;
        this.attachments = attachments;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('handler', 'reviewer', 'supervisor')")
    CaseViews.StaffView read(@PathVariable String trackingNumber, CurrentUser user) {
        return view(handling.staffView(Actors.staff(user), user.site(), trackingNumber));
    }

    @PostMapping(path = "/acceptance", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('handler')")
    CaseViews.StaffView accept(@PathVariable String trackingNumber, @Valid @RequestBody Acceptance r, CurrentUser u) {
        return view(handling.accept(Actors.handler(u), trackingNumber, r.note()));
    }

    @PostMapping(path = "/refusal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('handler')")
    CaseViews.StaffView refuse(@PathVariable String trackingNumber, @Valid @RequestBody Refusal r, CurrentUser u) {
        return view(handling.refuse(Actors.handler(u), trackingNumber, r.reason(), r.explanation()));
    }

    @PostMapping(path = "/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('handler')")
    CaseViews.StaffView merge(@PathVariable String trackingNumber, @Valid @RequestBody Merge r, CurrentUser u) {
        return view(handling.merge(Actors.handler(u), trackingNumber, r.into()));
    }

    @PostMapping(path = "/dispatch", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('handler')")
    CaseViews.StaffView dispatch(@PathVariable String trackingNumber, @Valid @RequestBody DispatchRequest r,
                                 CurrentUser u) {
        return view(handling.dispatch(Actors.handler(u), trackingNumber, r.lead(), r.coHandlers()));
    }

    @PostMapping(path = "/dispute", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('handler')")
    CaseViews.StaffView dispute(@PathVariable String trackingNumber, @Valid @RequestBody Dispute r, CurrentUser u) {
        return view(handling.dispute(Actors.handler(u), trackingNumber, r.reason()));
    }

    @PostMapping(path = "/redispatch", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('handler')")
    CaseViews.StaffView redispatch(@PathVariable String trackingNumber, @Valid @RequestBody DispatchRequest r,
                                   CurrentUser u) {
        return view(handling.redispatch(Actors.handler(u), trackingNumber, r.lead(), r.coHandlers()));
    }

    @PostMapping(path = "/dispute-overruling", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('handler')")
    CaseViews.StaffView overrule(@PathVariable String trackingNumber, @Valid @RequestBody Overruling r,
                                 CurrentUser u) {
        return view(handling.overruleDispute(Actors.handler(u), trackingNumber, r.comment()));
    }

    @PostMapping(path = "/co-handling-part", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('handler')")
    CaseViews.StaffView part(@PathVariable String trackingNumber, @Valid @RequestBody Part r, CurrentUser u) {
        return view(handling.submitCoHandlingPart(Actors.handler(u), trackingNumber, r.text()));
    }

    @PostMapping(path = "/transfer", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('handler')")
    CaseViews.StaffView transfer(@PathVariable String trackingNumber, @Valid @RequestBody Transfer r, CurrentUser u) {
        return view(handling.transfer(Actors.handler(u), trackingNumber, r.department(), r.reason()));
    }

    @PostMapping(path = "/information-request", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('handler')")
    CaseViews.StaffView ask(@PathVariable String trackingNumber, @Valid @RequestBody InformationRequest r,
                            CurrentUser u) {
        return view(handling.requestInformation(Actors.handler(u), trackingNumber, r.question()));
    }

    @PostMapping(path = "/extension-request", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('handler')")
    CaseViews.StaffView requestExtension(@PathVariable String trackingNumber, @Valid @RequestBody ExtensionRequest r,
                                         CurrentUser u) {
        return view(handling.requestExtension(Actors.handler(u), trackingNumber, r.amount(), r.reason()));
    }

    @PostMapping(path = "/extension-decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('supervisor')")
    CaseViews.StaffView decideExtension(@PathVariable String trackingNumber,
                                        @Valid @RequestBody ExtensionDecision r, CurrentUser u) {
        return view(handling.decideExtension(Actors.as(u, Actor.Role.SUPERVISOR), u.site(), trackingNumber,
                r.approve(), r.comment()));
    }

    /** 承诺办结日期, after the initial investigation of a complaint or suggestion. */
    @PostMapping(path = "/promised-completion", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('handler')")
    CaseViews.StaffView promise(@PathVariable String trackingNumber, @Valid @RequestBody PromisedCompletion r,
                                CurrentUser u) {
        return view(handling.promiseCompletion(Actors.handler(u), trackingNumber, r.date(), r.note()));
    }

    @PostMapping(path = "/reply", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('handler')")
    CaseViews.StaffView reply(@PathVariable String trackingNumber, @Valid @RequestBody ReplyDraft r, CurrentUser u) {
        return view(handling.draftReply(Actors.handler(u), trackingNumber, r.text()));
    }

    /** Approve (sent to the citizen, published if agreed and allowed) or send back with a comment. */
    @PostMapping(path = "/review", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('reviewer')")
    CaseViews.StaffView review(@PathVariable String trackingNumber, @Valid @RequestBody Review r, CurrentUser u) {
        Actor reviewer = Actors.as(u, Actor.Role.REVIEWER);
        if (r.approve()) {
            return view(handling.approveReply(reviewer, u.site(), trackingNumber,
                    Boolean.TRUE.equals(r.allowPublication())));
        }
        if (r.comment() == null || r.comment().isBlank()) {
            throw new HubProblem(ConsultationProblem.INVALID_CASE_STEP, "comment");
        }
        return view(handling.sendBackReply(reviewer, u.site(), trackingNumber, r.comment()));
    }

    /** 回访, by the dispatch centre. */
    @PostMapping(path = "/follow-up", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('handler')")
    CaseViews.StaffView followUp(@PathVariable String trackingNumber, @Valid @RequestBody FollowUpRequest r,
                                 CurrentUser u) {
        return view(handling.recordFollowUp(Actors.handler(u), trackingNumber, r.reached(), r.satisfaction(),
                r.note()));
    }

    /** 催办, by a supervisor, of a case near or past a deadline. */
    @PostMapping(path = "/urging", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('supervisor')")
    CaseViews.StaffView urge(@PathVariable String trackingNumber, @Valid @RequestBody UrgingRequest r,
                             CurrentUser u) {
        return view(handling.urge(Actors.as(u, Actor.Role.SUPERVISOR), u.site(), trackingNumber, r.note()));
    }

    @GetMapping("/attachments")
    @PreAuthorize("hasAnyRole('handler', 'reviewer', 'supervisor')")
    List<AttachmentInfo> attachments(@PathVariable String trackingNumber, CurrentUser user) {
        var c = handling.staffView(Actors.staff(user), user.site(), trackingNumber);
        return attachments.list(CaseSubmission.subject(c.id()));
    }

    @GetMapping("/attachments/{id}")
    @PreAuthorize("hasAnyRole('handler', 'reviewer', 'supervisor')")
    ResponseEntity<byte[]> attachment(@PathVariable String trackingNumber, @PathVariable String id,
                                      CurrentUser user) {
        var c = handling.staffView(Actors.staff(user), user.site(), trackingNumber);
        return attachments.download(id, AttachmentAccess.subject(CaseSubmission.subject(c.id())));
    }

    private CaseViews.StaffView view(ConsultationCase c) {
        return CaseViews.staff(c, handling.siteOf(c), handling.handlingSiteOf(c), handling.now(),
                handling.workingTime(), handling.history(c));
    }
}

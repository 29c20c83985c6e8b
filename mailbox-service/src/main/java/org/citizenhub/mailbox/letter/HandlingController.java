package org.citizenhub.mailbox.letter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citizenhub.casework.actor.Actor;
import org.citizenhub.casework.actor.Actors;
import org.citizenhub.mailbox.letter.LetterViews.StaffLetterView;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The back office's steps on a letter. Handlers act for the department in their token: the mailbox office screens
 * and assigns, the handling department replies; a letter of another department is "not found".
 */
@RestController
@RequestMapping(path = "/handling/letters/{trackingNumber}")
class HandlingController {


    record Acceptance(@Size(max = Letter.MAX_NOTE_LENGTH) String note) {
    }

    record Refusal(@NotNull NotAcceptedReason reason, @NotBlank @Size(max = Letter.MAX_NOTE_LENGTH) String explanation) {
    }

    record Merge(@NotBlank @Pattern(regexp = "ML[0-9]{14,}") String into) {
    }

    record Assignment(@Pattern(regexp = Letter.CODE_FORMAT) String department) {
    }

    record Transfer(@NotBlank @Pattern(regexp = Letter.CODE_FORMAT) String department,
                    @NotBlank @Size(max = Letter.MAX_NOTE_LENGTH) String reason) {
    }

    record InformationRequest(@NotBlank @Size(max = Letter.MAX_CLOCK_TEXT_LENGTH) String question) {
    }

    record ExtensionRequest(@NotNull @Min(1) @Max(60) Integer workingDays,
                            @NotBlank @Size(max = Letter.MAX_CLOCK_TEXT_LENGTH) String reason) {
    }

    record ExtensionDecision(@NotNull Boolean approve, @Size(max = Letter.MAX_NOTE_LENGTH) String comment) {
    }

    record ReplyDraft(@NotBlank @Size(max = Letter.MAX_REPLY_LENGTH) String text) {
    }

    record Review(@NotNull Boolean approve, Boolean allowPublication,
                  @Size(max = Letter.MAX_NOTE_LENGTH) String comment) {
    }

    private final LetterHandling handling;

    HandlingController(LetterHandling handling) {
        this.handling = handling;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('handler', 'reviewer', 'supervisor')")
    StaffLetterView letter(@PathVariable String trackingNumber, CurrentUser user) {
        return view(handling.staffView(new Staff(Actors.staff(user), user.site()), trackingNumber));
    }

    @PostMapping(path = "/acceptance", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('handler')")
    StaffLetterView accept(@PathVariable String trackingNumber, @Valid @RequestBody Acceptance request,
                           CurrentUser user) {
        return view(handling.accept(Actors.handler(user), trackingNumber, request.note()));
    }

    @PostMapping(path = "/refusal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('handler')")
    StaffLetterView refuse(@PathVariable String trackingNumber, @Valid @RequestBody Refusal request, CurrentUser user) {
        return view(handling.notAccept(Actors.handler(user), trackingNumber, request.reason(), request.explanation()));
    }

    @PostMapping(path = "/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('handler')")
    StaffLetterView merge(@PathVariable String trackingNumber, @Valid @RequestBody Merge request, CurrentUser user) {
        return view(handling.merge(Actors.handler(user), trackingNumber, request.into()));
    }

    /** Without a department the mailbox's routing rules choose it. */
    @PostMapping(path = "/assignment", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('handler')")
    StaffLetterView assign(@PathVariable String trackingNumber, @Valid @RequestBody Assignment request,
                           CurrentUser user) {
        return view(handling.assign(Actors.handler(user), trackingNumber, request.department()));
    }

    @PostMapping(path = "/transfer", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('handler')")
    StaffLetterView transfer(@PathVariable String trackingNumber, @Valid @RequestBody Transfer request,
                             CurrentUser user) {
        return view(handling.transfer(Actors.handler(user), trackingNumber, request.department(), request.reason()));
    }

    @PostMapping(path = "/information-request", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('handler')")
    StaffLetterView requestInformation(@PathVariable String trackingNumber,
                                       @Valid @RequestBody InformationRequest request, CurrentUser user) {
        return view(handling.requestInformation(Actors.handler(user), trackingNumber, request.question()));
    }

    @PostMapping(path = "/extension-request", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('handler')")
    StaffLetterView requestExtension(@PathVariable String trackingNumber, @Valid @RequestBody ExtensionRequest request,
                                     CurrentUser user) {
        return view(handling.requestExtension(Actors.handler(user), trackingNumber, request.workingDays(),
                request.reason()));
    }

    @PostMapping(path = "/extension-decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('supervisor')")
    StaffLetterView decideExtension(@PathVariable String trackingNumber,
                                    @Valid @RequestBody ExtensionDecision request, CurrentUser user) {
        return view(handling.decideExtension(new Staff(Actors.as(user, Actor.Role.SUPERVISOR), user.site()),
                trackingNumber, request.approve(), request.comment()));
    }

    @PostMapping(path = "/reply", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('handler')")
    StaffLetterView reply(@PathVariable String trackingNumber, @Valid @RequestBody ReplyDraft request,
                          CurrentUser user) {
        return view(handling.draftReply(Actors.handler(user), trackingNumber, request.text()));
    }

    /** Approve (sent to the citizen, published if agreed and allowed) or send back with a comment. */
    @PostMapping(path = "/review", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('reviewer')")
    StaffLetterView review(@PathVariable String trackingNumber, @Valid @RequestBody Review request, CurrentUser user) {
        Staff reviewer = new Staff(Actors.as(user, Actor.Role.REVIEWER), user.site());
        if (request.approve()) {
            return view(handling.approveReply(reviewer, trackingNumber, Boolean.TRUE.equals(request.allowPublication())));
        }
        return view(handling.sendBackReply(reviewer, trackingNumber, request.comment()));
    }

    private StaffLetterView view(Letter letter) {
        return StaffLetterView.of(letter, handling.workingTime(), handling.now(), handling.history(letter),
                handling.siteOf(letter.state().mailboxOwner()), handling.siteOf(letter.state().department()));
    }
}

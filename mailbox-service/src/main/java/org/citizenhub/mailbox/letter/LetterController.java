package org.citizenhub.mailbox.letter;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citizenhub.casework.actor.Actors;
import org.citizenhub.mailbox.letter.LetterViews.OwnLetterView;
import org.citizenhub.mailbox.mailbox.LetterCategory;
import org.citizenhub.mailbox.problem.MailboxProblem;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A citizen's letters: write one, list and read one's own, answer the handler's question, rate the answer. */
@RestController
@RequestMapping("/letters")
@PreAuthorize("hasRole('citizen')")
class LetterController {

    record SubmitLetterRequest(
            @NotBlank @Pattern(regexp = Letter.CODE_FORMAT) String mailbox,
            @NotNull LetterCategory category,
            @NotBlank @Size(max = Letter.MAX_TITLE_LENGTH) String title,
            @NotBlank @Size(max = Letter.MAX_BODY_LENGTH) String body,
            Boolean agreesToPublication,
            ContactChannel contactChannel,
            @Size(max = Letter.MAX_CONTACT_NAME_LENGTH) String contactName,
            @Size(max = 254) @Pattern(regexp = Letter.Writer.EMAIL_FORMAT) String email,
            @Pattern(regexp = Letter.Writer.MOBILE_FORMAT) String phone,
            @Size(max = 20) List<@NotNull UUID> attachmentIds) {
    }

    record SubmittedLetter(String trackingNumber, String queryCode, String status, OffsetDateTime submittedAt) {
    }

    record Supplement(@NotBlank @Size(max = Letter.MAX_BODY_LENGTH) String text) {
    }

    record RatingRequest(@NotNull Rating rating, @Size(max = Letter.MAX_NOTE_LENGTH) String comment,
                         Boolean askForRehandling) {
    }

    private final LetterSubmission submission;
    private final LetterHandling handling;

    LetterController(LetterSubmission submission, LetterHandling handling) {
        this.submission = submission;
        this.handling = handling;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubmittedLetter> submit(@Valid @RequestBody SubmitLetterRequest request,
                                           @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                           CurrentUser user) {
        LetterSubmission.Receipt receipt;
        try {
            receipt = submission.submit(user.subject(), new LetterSubmission.SubmitLetter(request.mailbox(),
                    request.category(), request.title(), request.body(),
                    Boolean.TRUE.equals(request.agreesToPublication()), request.contactChannel(), request.contactName(),
                    request.email(), request.phone(), request.attachmentIds()), key);
        } catch (LetterRuleViolation refused) {
            throw refused.field() == null
                    ? new HubProblem(MailboxProblem.INVALID_CONTACT.because(refused.code()), refused.args())
                    : LetterHandling.refusal(refused);
        }
        var body = new SubmittedLetter(receipt.trackingNumber().value(), receipt.queryCode(),
                receipt.letter().status().name(), receipt.letter().submittedAt());
        return ResponseEntity.status(receipt.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{trackingNumber}")
                        .buildAndExpand(receipt.trackingNumber().value()).toUri())
                .body(body);
    }

    @GetMapping
    List<OwnLetterView> ownLetters(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                   @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, CurrentUser user) {
        return submission.ownLetters(user.subject(), page, size).stream()
                .map(letter -> OwnLetterView.of(letter, handling.workingTime().policy().zone())).toList();
    }

    @GetMapping("/{trackingNumber}")
    OwnLetterView ownLetter(@PathVariable String trackingNumber, CurrentUser user) {
        return OwnLetterView.of(submission.ownLetter(user.subject(), trackingNumber),
                handling.workingTime().policy().zone());
    }

    @PostMapping(path = "/{trackingNumber}/supplements", consumes = MediaType.APPLICATION_JSON_VALUE)
    OwnLetterView supply(@PathVariable String trackingNumber, @Valid @RequestBody Supplement request,
                         CurrentUser user) {
        return OwnLetterView.of(handling.supplyInformation(Actors.citizen(user), trackingNumber, request.text()),
                handling.workingTime().policy().zone());
    }

    @PostMapping(path = "/{trackingNumber}/rating", consumes = MediaType.APPLICATION_JSON_VALUE)
    OwnLetterView rate(@PathVariable String trackingNumber, @Valid @RequestBody RatingRequest request,
                       CurrentUser user) {
        return OwnLetterView.of(handling.rate(Actors.citizen(user), trackingNumber, request.rating(), request.comment(),
                Boolean.TRUE.equals(request.askForRehandling())), handling.workingTime().policy().zone());
    }
}

package org.citizenhub.mailbox.letter;

import java.time.OffsetDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A citizen's letters: write one, read one's own. */
@RestController
@RequestMapping("/letters")
class LetterController {

    record SubmitLetterRequest(
            @NotBlank @Pattern(regexp = "[A-Z0-9-]{2,40}") String mailbox,
            @NotNull LetterCategory category,
            @NotBlank @Size(max = Letter.MAX_TITLE_LENGTH) String title,
            @NotBlank @Size(max = Letter.MAX_BODY_LENGTH) String body) {
    }

    record SubmittedLetter(String trackingNumber, String queryCode, String status, OffsetDateTime submittedAt) {
    }

    record LetterView(String trackingNumber, String mailbox, LetterCategory category, String title, String body,
                      LetterStatus status, OffsetDateTime submittedAt) {
        static LetterView of(Letter letter) {
            return new LetterView(letter.trackingNumber().value(), letter.mailbox(), letter.category(),
                    letter.title(), letter.body(), letter.status(), letter.submittedAt());
        }
    }

    private final LetterSubmission submission;

    LetterController(LetterSubmission submission) {
        this.submission = submission;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('citizen')")
    ResponseEntity<SubmittedLetter> submit(@Valid @RequestBody SubmitLetterRequest request,
                                           @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                           CurrentUser user) {
        var receipt = submission.submit(user.subject(),
                new LetterSubmission.SubmitLetter(request.mailbox(), request.category(), request.title(),
                        request.body()),
                key);
        var body = new SubmittedLetter(receipt.trackingNumber().value(), receipt.queryCode(),
                receipt.letter().status().name(), receipt.letter().submittedAt());
        return ResponseEntity.status(receipt.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{trackingNumber}")
                        .buildAndExpand(receipt.trackingNumber().value()).toUri())
                .body(body);
    }

    @GetMapping("/{trackingNumber}")
    @PreAuthorize("hasRole('citizen')")
    LetterView ownLetter(@PathVariable String trackingNumber, CurrentUser user) {
        return LetterView.of(submission.ownLetter(user.subject(), trackingNumber));
    }
}

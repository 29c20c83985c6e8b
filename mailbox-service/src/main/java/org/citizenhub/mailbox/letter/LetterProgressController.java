package org.citizenhub.mailbox.letter;

import java.time.OffsetDateTime;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Progress of a letter for whoever holds its receipt: no login, no content, only where it stands. */
@RestController
@RequestMapping("/public/letters")
class LetterProgressController {

    record Progress(String trackingNumber, LetterStatus status, OffsetDateTime submittedAt) {
    }

    private final LetterSubmission submission;

    LetterProgressController(LetterSubmission submission) {
        this.submission = submission;
    }

    @GetMapping("/{trackingNumber}")
    Progress progress(@PathVariable String trackingNumber, @RequestParam(required = false) String queryCode) {
        Letter letter = submission.letterByReceipt(trackingNumber, queryCode);
        return new Progress(letter.trackingNumber().value(), letter.status(), letter.submittedAt());
    }
}

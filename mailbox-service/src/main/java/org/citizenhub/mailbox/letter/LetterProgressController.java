package org.citizenhub.mailbox.letter;

import java.time.OffsetDateTime;

import org.citizenhub.mailbox.problem.MailboxProblem;
import org.citizenhub.web.problem.HubProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Progress of a letter for whoever holds its receipt: no login, no content, only where it stands. The query code
 * is a secret, so it comes in the {@value #QUERY_CODE_HEADER} header: a URL (with its query string) ends up in
 * access logs, proxies' logs and browser histories. A code sent as the old {@code ?queryCode=} parameter is refused
 * (400 {@code query-code-in-url}) rather than silently accepted, so that clients move to the header.
 */
@RestController
@RequestMapping("/public/letters")
class LetterProgressController {

    static final String QUERY_CODE_HEADER = "X-Query-Code";

    record Progress(String trackingNumber, LetterStatus status, OffsetDateTime submittedAt) {
    }

    private final LetterSubmission submission;

    LetterProgressController(LetterSubmission submission) {
        this.submission = submission;
    }

    @GetMapping("/{trackingNumber}")
    Progress progress(@PathVariable String trackingNumber,
                      @RequestHeader(name = QUERY_CODE_HEADER, required = false) String queryCode,
                      @RequestParam(name = "queryCode", required = false) String queryCodeInUrl) {
        if (queryCodeInUrl != null) {
            throw new HubProblem(MailboxProblem.QUERY_CODE_IN_URL);
        }
        Letter letter = submission.letterByReceipt(trackingNumber, queryCode);
        return new Progress(letter.trackingNumber().value(), letter.status(), letter.submittedAt());
    }
}

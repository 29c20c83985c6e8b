package org.citizenhub.mailbox.letter;

import org.citizenhub.web.problem.ProblemType;

/** Errors specific to the mailbox; titles and details in problems*.properties of this service. */
public enum MailboxProblem implements ProblemType {
    UNKNOWN_MAILBOX(400),
    MAILBOX_CLOSED(409),
    LETTER_NOT_FOUND(404),
    IDEMPOTENCY_KEY_REUSED(409),
    INVALID_IDEMPOTENCY_KEY(400),
    INVALID_CONTACT(400),
    LETTER_NOT_IN_STATE(409),
    LETTER_CHANGED_CONCURRENTLY(409),
    NO_ROUTING_RULE(409),
    INVALID_LETTER_STEP(400),
    CALENDAR_YEAR_NOT_LOADED(503),
    MAILBOX_ALREADY_EXISTS(409);
    // attachment-*, too-many-attachments, too-many-unclaimed-attachments: platform/casework's AttachmentProblem
    // (same slugs and statuses); their letter wording stays in this service's problems*.properties.

    private final int status;

    MailboxProblem(int status) {
        this.status = status;
    }

    @Override
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Override
    public int status() {
        return status;
    }
}

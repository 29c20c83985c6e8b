package org.citizenhub.mailbox.problem;

import org.citizenhub.web.problem.ProblemType;

/**
 * Errors specific to the mailbox; titles and details in problems*.properties of this service. Their own package,
 * because every feature answers with them and none of them owns them.
 */
public enum MailboxProblem implements ProblemType {
    UNKNOWN_MAILBOX(400),
    MAILBOX_CLOSED(409),
    LETTER_NOT_FOUND(404),
    INVALID_CONTACT(400),
    LETTER_NOT_IN_STATE(409),
    LETTER_CHANGED_CONCURRENTLY(409),
    NO_ROUTING_RULE(409),
    INVALID_LETTER_STEP(400),
    CALENDAR_YEAR_NOT_LOADED(503),
    MAILBOX_ALREADY_EXISTS(409),
    // attachment-*, too-many-attachments, too-many-unclaimed-attachments: platform/casework's AttachmentProblem
    // (same slugs and statuses); their letter wording stays in this service's problems*.properties.
    /** The query code came as a URL parameter, where access logs keep it; it belongs in the X-Query-Code header. */
    QUERY_CODE_IN_URL(400);

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

    /**
     * This problem with the detail of one named reason (key {@code problem.<slug>.reason.<reason>.detail}), in the
     * request's language; the type URI and status stay this problem's.
     */
    public ProblemType because(String reason) {
        return new Reasoned(this, reason);
    }

    private record Reasoned(MailboxProblem problem, String reason) implements ProblemType {
        @Override
        public String slug() {
            return problem.slug();
        }

        @Override
        public int status() {
            return problem.status();
        }

        @Override
        public String detailKey() {
            return "problem." + slug() + ".reason." + reason + ".detail";
        }
    }
}

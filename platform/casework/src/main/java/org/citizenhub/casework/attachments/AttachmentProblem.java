package org.citizenhub.casework.attachments;

import java.util.Locale;

import org.citizenhub.web.problem.ProblemType;

/**
 * The refusals of the attachment mechanism (slugs and statuses published by the mailbox first; never change them).
 * Messages: bundle {@value #BUNDLE} (zh-CN and en, worded for any case); a service may reword them for its own
 * subjects in its {@code problems} bundle under the same keys.
 */
public enum AttachmentProblem implements ProblemType {

    /** 400: the uploaded file has no bytes. */
    ATTACHMENT_EMPTY(400),
    /** 413: larger than {@code max-file-size}; arg 0 the limit, e.g. "5 MB". */
    ATTACHMENT_TOO_LARGE(413),
    /** 415: the content is none of the allowed types (whatever its name or declared type). */
    ATTACHMENT_TYPE_NOT_ALLOWED(415),
    /** 400: a claimed id is unknown, another owner's or already claimed; arg 0 the id. */
    ATTACHMENT_NOT_FOUND(400),
    /** 400: the subject would carry more than {@code max-per-subject}; arg 0 the limit. */
    TOO_MANY_ATTACHMENTS(400),
    /** 429: the owner already has {@code max-unclaimed-per-owner} unclaimed uploads; args the limit, retention hours. */
    TOO_MANY_UNCLAIMED_ATTACHMENTS(429);

    static final String BUNDLE = "org.citizenhub.casework.attachments.problems";

    private final int status;

    AttachmentProblem(int status) {
        this.status = status;
    }

    @Override
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String messageBundle() {
        return BUNDLE;
    }
}

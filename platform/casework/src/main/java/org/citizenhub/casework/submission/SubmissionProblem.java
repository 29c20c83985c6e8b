package org.citizenhub.casework.submission;

import java.util.Locale;

import org.citizenhub.web.problem.ProblemType;

/**
 * Refusals of an idempotent submission. The slugs are shared by every case service. Neutral zh-CN and en texts
 * ship in this library's bundle ({@value #BUNDLE}); a service may word them for its own cases in its
 * {@code problems*.properties}, which is consulted first (e.g. the mailbox's "…for a different letter").
 */
public enum SubmissionProblem implements ProblemType {

    /** The Idempotency-Key header is not 8–64 letters, digits, '-' or '_'. */
    INVALID_IDEMPOTENCY_KEY(400),
    /** The key was already used by the same owner for a request with different content. */
    IDEMPOTENCY_KEY_REUSED(409);

    /** Base name of this library's message bundle. */
    public static final String BUNDLE = "org.citizenhub.casework.submission.problems";

    private final int status;

    SubmissionProblem(int status) {
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

    /**
     * The library's own bundle, consulted after the service's {@code problems} bundle (platform/web's
     * {@code ProblemType.messageBundle()}).
     */
    public String messageBundle() {
        return BUNDLE;
    }
}

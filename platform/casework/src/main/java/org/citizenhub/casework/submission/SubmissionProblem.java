package org.citizenhub.casework.submission;

import java.util.Locale;

import org.citizenhub.web.problem.ProblemType;

/**
 * Refusals of an idempotent submission. The slugs are shared by every case service; each service words the
 * title and detail for its own cases in its {@code problems*.properties} (e.g. "…for a different letter").
 */
public enum SubmissionProblem implements ProblemType {

    /** The Idempotency-Key header is not 8–64 letters, digits, '-' or '_'. */
    INVALID_IDEMPOTENCY_KEY(400),
    /** The key was already used by the same owner for a request with different content. */
    IDEMPOTENCY_KEY_REUSED(409);

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
}

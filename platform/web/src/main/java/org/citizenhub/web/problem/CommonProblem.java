package org.citizenhub.web.problem;

import java.util.Locale;

/** The problem types every service shares. Slugs are the kebab-case of the constant names. */
public enum CommonProblem implements ProblemType {

    BAD_REQUEST(400),
    MALFORMED_JSON(400),
    VALIDATION_FAILED(400),
    UNSUPPORTED_MEDIA_TYPE(415),
    PAYLOAD_TOO_LARGE(413),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    /** A site administrator acting on another site's things (集约化). */
    OUTSIDE_SITE(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    CONFLICT(409),
    INVALID_STATE_TRANSITION(409),
    RATE_LIMITED(429),
    SERVICE_UNAVAILABLE(503),
    INTERNAL_ERROR(500);

    private final int status;
    private final String slug;

    CommonProblem(int status) {
        this.status = status;
        this.slug = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public int status() {
        return status;
    }

    /** The common problem answered with this status, if one is the natural choice for it. */
    public static CommonProblem forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }
}

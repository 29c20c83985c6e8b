package org.citizenhub.casework.submission;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.citizenhub.web.problem.HubProblem;

/**
 * The value of a creating request's {@value #HEADER} header: 8–64 letters, digits, '-' or '_' (a UUID fits).
 * A malformed value is refused with {@link SubmissionProblem#INVALID_IDEMPOTENCY_KEY} (400), never ignored, so
 * a client that believes it is protected against retries is told otherwise.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    public static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new HubProblem(SubmissionProblem.INVALID_IDEMPOTENCY_KEY);
        }
    }

    /** The key of a header value; 400 if it is malformed. */
    public static IdempotencyKey of(String value) {
        if (value == null) {
            throw new HubProblem(SubmissionProblem.INVALID_IDEMPOTENCY_KEY);
        }
        return new IdempotencyKey(value);
    }

    /** No key when the header is absent (null); 400 if present and malformed (an empty value included). */
    public static Optional<IdempotencyKey> fromHeader(String header) {
        return header == null ? Optional.empty() : Optional.of(new IdempotencyKey(header));
    }

    @Override
    public String toString() {
        return value;
    }
}

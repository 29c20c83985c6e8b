package org.citizenhub.web.servlet;

import java.io.IOException;

/** Raised while a request body is read once more bytes arrived than {@code hub.web.max-body-size} allows. */
public class PayloadTooLargeException extends IOException {

    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("Request body exceeds " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** Whether the throwable or one of its causes is a {@link PayloadTooLargeException}. */
    public static boolean isCauseOf(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PayloadTooLargeException) {
                return true;
            }
        }
        return false;
    }
}

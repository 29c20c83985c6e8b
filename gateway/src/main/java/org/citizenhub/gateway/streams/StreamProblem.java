package org.citizenhub.gateway.streams;

import java.util.Locale;
import org.citizenhub.web.problem.ProblemType;

/**
 * The refusals of a stream route ({@code hub.gateway.streams}). Slugs are published; never change them. Messages:
 * bundle {@value #BUNDLE} (zh-CN and en).
 */
public enum StreamProblem implements ProblemType {

    /** 429: this client address already has {@code max-open-per-client} streams open; arg 0 the limit. */
    TOO_MANY_STREAMS(429),
    /** 503: this gateway instance already carries {@code max-open} streams of the route; arg 0 the limit. */
    STREAM_CAPACITY_REACHED(503);

    static final String BUNDLE = "org.citizenhub.gateway.streams.problems";

    private final int status;

    StreamProblem(int status) {
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

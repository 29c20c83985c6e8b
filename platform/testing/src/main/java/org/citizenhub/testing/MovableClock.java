package org.citizenhub.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A {@link Clock} that tests move: it follows real time (plus any {@link #advance} offset) until {@link #set} pins
 * it to a moment, and {@link #reset} lets it follow real time again. Zone Asia/Shanghai. Register it as the
 * application's {@code Clock} bean ({@code @Primary} in a test configuration) to move a service through time.
 */
public final class MovableClock extends Clock {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private volatile Instant pinned;
    private volatile Duration offset = Duration.ZERO;

    public MovableClock() {
    }

    public MovableClock(Instant start) {
        this.pinned = start;
    }

    /** Pins the clock to {@code instant}. */
    public void set(Instant instant) {
        pinned = instant;
    }

    /** Pins the clock to a local date-time in Shanghai, e.g. {@code "2026-02-13T10:00"}. */
    public void set(String shanghaiLocal) {
        pinned = LocalDateTime.parse(shanghaiLocal).atZone(SHANGHAI).toInstant();
    }

    /** Moves the clock forward (or back, with a negative duration). */
    public void advance(Duration duration) {
        Instant at = pinned;
        if (at != null) {
            pinned = at.plus(duration);
        } else {
            offset = offset.plus(duration);
        }
    }

    /** Follows real time again. */
    public void reset() {
        pinned = null;
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant at = pinned;
        return at != null ? at : Instant.now().plus(offset);
    }
}

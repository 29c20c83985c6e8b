package org.citizenhub.supervision.exchange.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long the exchange keeps what it stored: finished deliveries by their outcome, stored events by their age. A
 * pending delivery is never old enough; an event goes only once no delivery refers to it any more (so a pending or
 * dead delivery keeps its event, however old). Replay reaches back exactly as far as events are kept: an event is
 * purged only when both its ce_time and its arrival are older than {@link #events()}, so every event that occurred
 * at or after {@link #replayHorizon(Instant)} is still there.
 *
 * @param delivered how long a delivered delivery is kept after it finished
 * @param dead      how long a dead letter is kept after it died (the time an administrator has to redeliver it)
 * @param events    how long a stored event is kept (the replay window and the pull API's reach back)
 */
public record RetentionPolicy(Duration delivered, Duration dead, Duration events) {

    public RetentionPolicy {
        for (Duration d : new Duration[] {Objects.requireNonNull(delivered, "delivered"),
                Objects.requireNonNull(dead, "dead"), Objects.requireNonNull(events, "events")}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("retention periods must be positive: " + d);
            }
        }
    }

    /** Delivered deliveries that finished before this instant may go. */
    public Instant deliveredBefore(Instant now) {
        return now.minus(delivered);
    }

    /** Dead letters that died before this instant may go. */
    public Instant deadBefore(Instant now) {
        return now.minus(dead);
    }

    /** Events that occurred and arrived before this instant may go, once no delivery refers to them. */
    public Instant eventsBefore(Instant now) {
        return now.minus(events);
    }

    /** The earliest point in time a replay may start from: every event from then on is kept. */
    public Instant replayHorizon(Instant now) {
        return eventsBefore(now);
    }

    /** Whether a replay from {@code from} would find every event since then. */
    public boolean replayReaches(Instant from, Instant now) {
        return !from.isBefore(replayHorizon(now));
    }
}

package org.citizenhub.casework.deadlines;

import java.time.Duration;
import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hub.casework.deadline-watch.*}. Checked when bound, so a bad value stops the service at start.
 *
 * @param enabled       whether this instance takes part (only one replica works at a time anyway)
 * @param interval      pause between two rounds (1 s – 1 h)
 * @param batchSize     cases looked at per announcer and round (1 – 10,000)
 * @param lockAtMostFor how long a crashed replica's lock blocks the others; a round stops after half of it
 * @param maxBackoff    longest wait before a case that failed is tried again (doubles from the interval)
 */
public record DeadlineWatchProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("60s") @NotNull Duration interval,
        @DefaultValue("500") @Min(1) @Max(10_000) int batchSize,
        @DefaultValue("5m") @NotNull Duration lockAtMostFor,
        @DefaultValue("1h") @NotNull Duration maxBackoff) {

    static final Duration SHORTEST_INTERVAL = Duration.ofSeconds(1);
    static final Duration LONGEST_INTERVAL = Duration.ofHours(1);

    public DeadlineWatchProperties {
        Objects.requireNonNull(interval, "hub.casework.deadline-watch.interval");
        Objects.requireNonNull(lockAtMostFor, "hub.casework.deadline-watch.lock-at-most-for");
        Objects.requireNonNull(maxBackoff, "hub.casework.deadline-watch.max-backoff");
        if (interval.compareTo(SHORTEST_INTERVAL) < 0 || interval.compareTo(LONGEST_INTERVAL) > 0) {
            throw new IllegalArgumentException(
                    "hub.casework.deadline-watch.interval must be between 1s and 1h, not " + interval);
        }
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException(
                    "hub.casework.deadline-watch.batch-size must be between 1 and 10000, not " + batchSize);
        }
        if (lockAtMostFor.compareTo(Duration.ofSeconds(10)) < 0) {
            throw new IllegalArgumentException(
                    "hub.casework.deadline-watch.lock-at-most-for must be at least 10s, not " + lockAtMostFor);
        }
        if (maxBackoff.compareTo(interval) < 0) {
            throw new IllegalArgumentException("hub.casework.deadline-watch.max-backoff (" + maxBackoff
                    + ") must not be shorter than the interval (" + interval + ")");
        }
    }

    /** The defaults: every 60 s, 500 cases, lock at most 5 min, back off up to 1 h. */
    public static DeadlineWatchProperties defaults() {
        return new DeadlineWatchProperties(true, Duration.ofSeconds(60), 500, Duration.ofMinutes(5),
                Duration.ofHours(1));
    }
}

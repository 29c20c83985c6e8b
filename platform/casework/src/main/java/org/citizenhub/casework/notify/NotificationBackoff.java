package org.citizenhub.casework.notify;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a failed notification is tried again: after the n-th failed attempt, the n-th delay (the last one repeats);
 * after {@code maxAttempts} failed attempts it is given up. {@link #DEFAULT}: 1 minute, 5 minutes, 30 minutes, then
 * hourly, given up after the 10th failed attempt (about six and a half hours after the first).
 *
 * @param delays      the waits after the first, second, ... failed attempt; the last repeats
 * @param maxAttempts how many attempts are made in all
 */
public record NotificationBackoff(List<Duration> delays, int maxAttempts) {

    public static final NotificationBackoff DEFAULT = new NotificationBackoff(
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(1)), 10);

    public NotificationBackoff {
        if (delays == null || delays.isEmpty()) {
            throw new IllegalArgumentException("a back-off needs at least one delay");
        }
        delays = List.copyOf(delays);
        for (Duration delay : delays) {
            if (delay.isNegative() || delay.isZero()) {
                throw new IllegalArgumentException("back-off delays are positive: " + delays);
            }
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /**
     * @param failedAttempts how many attempts have failed so far, including the one just made (≥ 1)
     * @return how long to wait before the next attempt, or empty to give up
     */
    public Optional<Duration> delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1");
        }
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(delays.get(Math.min(failedAttempts, delays.size()) - 1));
    }
}

package org.citizenhub.mailbox.notification;

import java.time.Duration;
import java.util.Optional;

/**
 * When a failed notification is tried again: 1 minute after the first failed attempt, 5 minutes after the second,
 * 30 minutes after the third, then hourly; after the {@value #MAX_ATTEMPTS}th failed attempt it is given up
 * (about six and a half hours after the first).
 */
public final class NotificationBackoff {

    public static final int MAX_ATTEMPTS = 10;

    private static final Duration[] FIRST = {Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30)};
    private static final Duration THEN = Duration.ofHours(1);

    private NotificationBackoff() {
    }

    /**
     * @param failedAttempts how many attempts have failed so far, including the one just made (≥ 1)
     * @return how long to wait before the next attempt, or empty to give up
     */
    public static Optional<Duration> delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1");
        }
        if (failedAttempts >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        return Optional.of(failedAttempts <= FIRST.length ? FIRST[failedAttempts - 1] : THEN);
    }
}

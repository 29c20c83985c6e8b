package org.citizenhub.supervision.exchange.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Exponential back-off of webhook deliveries: after the n-th failed attempt the next waits {@code waits[n-1]} (the
 * last wait repeats); after {@code maxAttempts} attempts the delivery is dead. The default schedule (5 s, 30 s,
 * 2 min, 10 min, 30 min, 1 h, 2 h; 8 attempts) spans 3 h 42 min 35 s, so a receiver down for an hour loses nothing.
 */
public record RetrySchedule(List<Duration> waits, int maxAttempts) {

    public RetrySchedule {
        if (waits.isEmpty() || maxAttempts < 1) {
            throw new IllegalArgumentException("a retry schedule needs waits and at least one attempt");
        }
        waits = List.copyOf(waits);
    }

    /** When to try again after {@code attemptsMade} failed attempts; empty when the delivery is dead. */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant failedAt) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(waits.get(Math.min(attemptsMade, waits.size()) - 1)));
    }

    /** How long a receiver may stay down before a delivery dies: the sum of the waits before the last attempt. */
    public Duration span() {
        Duration span = Duration.ZERO;
        for (int attempt = 1; attempt < maxAttempts; attempt++) {
            span = span.plus(waits.get(Math.min(attempt, waits.size()) - 1));
        }
        return span;
    }
}

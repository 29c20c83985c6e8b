package org.citizenhub.deploy.bench;

import java.time.Duration;

/**
 * When each request of an open-model phase is due, whatever happened to the requests before it: during the warm-up
 * the rate ramps linearly from 0 to {@code ratePerSecond} (a cold gateway hit at full rate at once trips its
 * bulkhead and circuit breaker, which says nothing about its steady state), then requests come evenly spaced at
 * {@code ratePerSecond} for the measured part. Latency is measured from this intended start, not from when the
 * generator got round to sending, so a stalled system (or generator) shows up in the percentiles instead of being
 * hidden by fewer requests (coordinated omission).
 *
 * <p>Warm-up requests are sent but not measured.
 */
public record OpenSchedule(long startNanos, int ratePerSecond, Duration warmup, Duration measured) {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    public OpenSchedule {
        if (ratePerSecond <= 0) {
            throw new IllegalArgumentException("rate must be positive");
        }
    }

    /** Intended start (System.nanoTime scale) of request {@code i}, counted from 0. */
    public long intendedStart(long i) {
        long warmupRequests = warmupRequests();
        if (i < warmupRequests) {
            // ramp: n(t) = rate t^2 / (2 W)  =>  t(i) = sqrt(2 W i / rate)
            double seconds = Math.sqrt(2.0 * warmup.toNanos() / NANOS_PER_SECOND * i / ratePerSecond);
            return startNanos + Math.min((long) (seconds * NANOS_PER_SECOND), warmup.toNanos());
        }
        // steady: exact for any rate, no accumulated rounding from a fixed integer period
        return startNanos + warmup.toNanos() + Math.floorDiv((i - warmupRequests) * NANOS_PER_SECOND, ratePerSecond);
    }

    /** Requests in the whole phase (warm-up and measured part). */
    public long totalRequests() {
        return warmupRequests() + measuredRequests();
    }

    /** Requests in the warm-up ramp (half of what the full rate would send); the next one is the first measured. */
    public long warmupRequests() {
        return Math.ceilDiv(warmup.toNanos() * ratePerSecond, 2 * NANOS_PER_SECOND);
    }

    /** Requests in the measured part: those due in {@code [warm-up end, warm-up end + measured)}. */
    public long measuredRequests() {
        return Math.ceilDiv(measured.toNanos() * ratePerSecond, NANOS_PER_SECOND);
    }

    public boolean isMeasured(long i) {
        return i >= warmupRequests();
    }

    /** Intended start of the first measured request (the end of the warm-up). */
    public long measuredStartNanos() {
        return startNanos + warmup.toNanos();
    }
}

package org.citizenhub.gateway.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets in this JVM, for when the shared ones in Redis cannot be reached. Same algorithm as the Redis
 * script (refill continuously at {@code tokensPerSecond}, hold at most {@code burst}), each bucket updated atomically
 * in {@link ConcurrentHashMap#compute}. A full bucket carries no information, so {@link #evictFull()} drops those and
 * the map only holds the clients that were active within the last burst / rate seconds.
 */
final class LocalTokenBuckets {

    record Limit(double tokensPerSecond, long burst) {

        Limit {
            if (tokensPerSecond <= 0 || burst < 1) {
                throw new IllegalArgumentException("rate and burst must be positive: " + tokensPerSecond + "/" + burst);
            }
        }

        /** The configured limit shared by {@code instances} gateways, each taking its part (at least one token). */
        static Limit share(int replenishRate, long burstCapacity, int instances) {
            int n = Math.max(1, instances);
            return new Limit(Math.max(1.0, (double) replenishRate / n), Math.max(1, burstCapacity / n));
        }

        /**
         * A per-route quota (possibly below one token per second) shared by {@code instances} gateways: each takes its
         * part of the rate, and of the burst at least one token.
         */
        static Limit share(double tokensPerSecond, long burstCapacity, int instances) {
            int n = Math.max(1, instances);
            return new Limit(tokensPerSecond / n, Math.max(1, burstCapacity / n));
        }
    }

    private static final class Bucket {
        final Limit limit;
        double tokens;
        long updatedNanos;

        Bucket(Limit limit, long now) {
            this.limit = limit;
            this.tokens = limit.burst();
            this.updatedNanos = now;
        }

        void refill(long now) {
            double elapsedSeconds = Math.max(0, now - updatedNanos) / 1e9;
            tokens = Math.min(limit.burst(), tokens + elapsedSeconds * limit.tokensPerSecond());
            updatedNanos = now;
        }
    }

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    LocalTokenBuckets(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Takes one token from bucket {@code key}; the tokens left, or -1 if the bucket was empty (denied). */
    long tryConsume(String key, Limit limit) {
        long now = nanoTime.getAsLong();
        long[] left = new long[1];
        buckets.compute(key, (k, bucket) -> {
            Bucket b = bucket == null || !bucket.limit.equals(limit) ? new Bucket(limit, now) : bucket;
            b.refill(now);
            if (b.tokens >= 1) {
                b.tokens -= 1;
                left[0] = (long) b.tokens;
            } else {
                left[0] = -1;
            }
            return b;
        });
        return left[0];
    }

    /** Drops the buckets that have refilled completely (a new bucket starts full anyway). */
    void evictFull() {
        long now = nanoTime.getAsLong();
        for (String key : buckets.keySet()) {
            // computeIfPresent: atomic with tryConsume, so a token taken meanwhile is never forgotten
            buckets.computeIfPresent(key, (k, b) -> {
                double elapsedSeconds = Math.max(0, now - b.updatedNanos) / 1e9;
                return b.tokens + elapsedSeconds * b.limit.tokensPerSecond() >= b.limit.burst() ? null : b;
            });
        }
    }

    void clear() {
        buckets.clear();
    }

    int size() {
        return buckets.size();
    }
}

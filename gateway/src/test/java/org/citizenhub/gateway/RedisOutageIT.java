package org.citizenhub.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.citizenhub.gateway.config.HubGatewayProperties;
import org.citizenhub.gateway.ratelimit.RedisBackedRateLimiter;
import org.citizenhub.gateway.ratelimit.RedisBackedRateLimiter.Mode;
import org.citizenhub.testing.SharedInfrastructure;
import org.citizenhub.testing.TestAccounts.Account;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.test.context.TestPropertySource;

/**
 * The real Redis behind a running gateway is stopped and started again (same port, empty). Per user: rate 1/s,
 * burst 3 (one gateway instance, so the local buckets have the same limits).
 *
 * <p>That no request waits on the dead Redis once switched is asserted directly: no bucket check goes to Redis. The
 * latency bound (500 ms per whole request, JWT validation and proxying included) is generous for a 2-core machine
 * shared with other builds; the target, no request waiting more than 20 ms on a dead Redis, is a benchmark figure.
 */
@TestPropertySource(properties = {
        "hub.gateway.rate-limit.groups.public.user.replenish-rate=1",
        "hub.gateway.rate-limit.groups.public.user.burst-capacity=3",
        "hub.gateway.rate-limit.groups.public.ip.replenish-rate=100",
        "hub.gateway.rate-limit.groups.public.ip.burst-capacity=1000",
        "hub.gateway.rate-limit.instances=1"})
class RedisOutageIT extends GatewayITBase {

    @Autowired
    RedisBackedRateLimiter limiter;

    @Autowired
    ReactiveStringRedisTemplate redis;

    @Autowired
    HubGatewayProperties properties;

    @Test
    void with_redis_stopped_local_buckets_limit_without_delay_and_redis_takes_over_again_when_it_returns() {
        Account before = INFRA.user("citizen");
        Account during = INFRA.user("citizen");
        Account after = INFRA.user("citizen");
        assertThat(publicPort().get("/api/mailbox/letters/RO-0", before.token()).statusCode()).isEqualTo(200);
        assertThat(limiter.mode()).isEqualTo(Mode.REDIS);
        assertThat(bucketKeysInRedis()).as("the shared buckets are in Redis").isNotEmpty();

        List<HttpResponse<String>> responses = new ArrayList<>();
        try {
            SharedInfrastructure.stopRedis();
            long stopped = System.nanoTime();
            // No request is needed for the switch: the lost connection alone opens the breaker.
            long switched = await(() -> limiter.mode() == Mode.LOCAL, Duration.ofSeconds(5), "switch to local");
            System.out.printf("[RedisOutageIT] switched to local buckets %d ms after Redis stopped%n",
                    (switched - stopped) / 1_000_000);
            assertThat(Duration.ofNanos(switched - stopped)).isLessThan(Duration.ofSeconds(1));

            long redisCallsBefore = limiter.redisCalls();
            List<Duration> took = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                long start = System.nanoTime();
                responses.add(publicPort().get("/api/mailbox/letters/RO-1", during.token()));
                took.add(Duration.ofNanos(System.nanoTime() - start));
            }
            System.out.println("[RedisOutageIT] latencies with Redis down: " + took);
            assertThat(limiter.redisCalls()).as("round trips to the dead Redis").isEqualTo(redisCallsBefore);
            assertThat(took).allSatisfy(d -> assertThat(d).isLessThan(Duration.ofMillis(500)));
        } finally {
            SharedInfrastructure.startRedis();
        }
        long started = System.nanoTime();

        long served = responses.stream().filter(r -> r.statusCode() == 200).count();
        assertThat(served).as("burst 3, plus at most one token refilled meanwhile").isBetween(3L, 4L);
        assertProblem(responses.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow(), 429,
                "rate-limited");
        assertThat(MAILBOX.receivedFor("/letters/RO-1")).hasSize((int) served);

        long back = await(() -> limiter.mode() == Mode.REDIS, Duration.ofSeconds(10), "switch back to Redis");
        System.out.printf("[RedisOutageIT] back on Redis %d ms after it started%n", (back - started) / 1_000_000);
        assertThat(bucketKeysInRedis()).as("the restarted Redis is empty").isEmpty();
        long redisCallsBack = limiter.redisCalls();
        assertThat(publicPort().get("/api/mailbox/letters/RO-2", after.token()).statusCode()).isEqualTo(200);
        assertThat(limiter.redisCalls()).as("ip and user bucket in one round trip").isEqualTo(redisCallsBack + 1);
        assertThat(bucketKeysInRedis()).as("the buckets are in Redis again").isNotEmpty();
    }

    private List<String> bucketKeysInRedis() {
        return redis.scan(ScanOptions.scanOptions().match("*" + properties.getRateLimit().getNamespace() + "*")
                .count(1000).build()).collectList().block(Duration.ofSeconds(5));
    }

    /** Polls {@code condition} every millisecond; the System.nanoTime at which it held. */
    private static long await(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + timeout);
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return System.nanoTime();
    }
}

package org.citizenhub.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import org.citizenhub.gateway.config.HubGatewayProperties;
import org.citizenhub.gateway.ratelimit.RedisBackedRateLimiter.Check;
import org.citizenhub.gateway.ratelimit.RedisBackedRateLimiter.Decision;
import org.citizenhub.gateway.ratelimit.RedisBackedRateLimiter.Mode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.ReactiveRedisCallback;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Flux;

/**
 * A Redis that keeps its connection but never answers (no disconnect event to go by): the breaker must find out from
 * the timeouts. Redis is a mock here; {@code RedisOutageIT} stops a real one.
 */
class RedisBackedRateLimiterTest {

    private final ReactiveStringRedisTemplate template = mock(ReactiveStringRedisTemplate.class);
    private final HubGatewayProperties properties = new HubGatewayProperties();
    private RedisBackedRateLimiter limiter;

    @AfterEach
    void close() {
        limiter.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_hung_redis_is_left_after_five_timeouts_and_from_then_on_nobody_waits_for_it_until_a_ping_answers() {
        properties.getRateLimit().setRedisTimeout(Duration.ofMillis(20));
        properties.getRateLimit().setProbeInterval(Duration.ofMillis(50));
        properties.getRateLimit().getGroups().get("public").getUser().setReplenishRate(1);
        properties.getRateLimit().getGroups().get("public").getUser().setBurstCapacity(2);
        when(template.execute(any(RedisScript.class), anyList(), anyList())).thenReturn(Flux.never());
        when(template.execute(any(ReactiveRedisCallback.class))).thenReturn(Flux.never());
        limiter = new RedisBackedRateLimiter(template, properties.getRateLimit());
        limiter.start(null);
        List<Check> checks = List.of(new Check("hub-gateway:public.user", "user:a"));

        for (int i = 0; i < 5; i++) {
            Decision decision = limiter.isAllowed(checks).block(Duration.ofSeconds(1));
            assertThat(decision.mode()).as("timed out: answered locally").isEqualTo(Mode.LOCAL);
        }
        assertThat(limiter.mode()).isEqualTo(Mode.LOCAL);

        long start = System.nanoTime();
        Decision limited = limiter.isAllowed(checks).block(Duration.ofSeconds(1));
        // no Redis call (verified below); the bound leaves room for a GC pause on a busy machine
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(100));
        assertThat(limited.allowed()).as("burst 2, spent by the five before").isFalse();
        assertThat(limited.limit().burst()).isEqualTo(2);
        verify(template, times(5)).execute(any(RedisScript.class), anyList(), anyList());
        assertThat(limiter.redisCalls()).isEqualTo(5);

        when(template.execute(any(ReactiveRedisCallback.class))).thenReturn(Flux.just("PONG"));
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (limiter.mode() == Mode.LOCAL && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(limiter.mode()).as("the probe's PING answered").isEqualTo(Mode.REDIS);
    }
}

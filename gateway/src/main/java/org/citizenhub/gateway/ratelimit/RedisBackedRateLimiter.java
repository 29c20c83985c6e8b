package org.citizenhub.gateway.ratelimit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.lettuce.core.event.connection.ConnectionActivatedEvent;
import io.lettuce.core.event.connection.DisconnectedEvent;
import io.lettuce.core.resource.ClientResources;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.citizenhub.gateway.config.HubGatewayProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The gateway's token buckets: in Redis (shared by all gateway instances) while Redis answers, in this JVM
 * ({@link LocalTokenBuckets}, the configured limits divided by {@code hub.gateway.rate-limit.instances}) while it
 * does not. All buckets of a request (client address, then user) are checked in one round trip: one Lua script
 * ({@code scripts/hub_token_buckets.lua}, the arithmetic of Spring Cloud Gateway's {@code RedisRateLimiter} script)
 * that stops at the first empty bucket.
 *
 * <p>A Resilience4j circuit breaker decides which. It opens when the connection to Redis drops (Lettuce's
 * {@link DisconnectedEvent}: no request needs to fail first) or when half of the last 20 Redis calls (at least 5)
 * failed or took longer than {@code redis-timeout}. Open is held as FORCED_OPEN: no request ever goes to Redis to
 * find out whether it is back, so none waits on a dead Redis; a PING every {@code probe-interval} in the background
 * (and at once when Lettuce reconnects) closes the breaker again. The mode is logged on every switch and exposed as
 * gauge {@code hub.gateway.rate.limit.local} (1 = local buckets, 0 = Redis).
 */
public class RedisBackedRateLimiter implements AutoCloseable {

    public enum Mode { REDIS, LOCAL }

    /** A bucket and the key (client address or user) whose token is wanted. */
    record Check(String bucket, String key) {
    }

    /** A bucket's limit: refilled at {@code tokensPerSecond} (may be below 1, e.g. 5 a minute), at most {@code burst}. */
    record BucketLimit(double tokensPerSecond, long burst) {

        /** Seconds until an empty bucket holds the one token a request needs again, rounded up, at least 1. */
        long retryAfterSeconds() {
            return tokensPerSecond <= 0 ? 1 : Math.max(1, (long) Math.ceil(1 / tokensPerSecond - 1e-9));
        }

        /** For the {@code X-RateLimit-Replenish-Rate} header: whole tokens per second where it is one. */
        String rateHeader() {
            return tokensPerSecond == Math.rint(tokensPerSecond)
                    ? Long.toString((long) tokensPerSecond)
                    : String.format(java.util.Locale.ROOT, "%.4f", tokensPerSecond);
        }
    }

    /**
     * The answer for all checks of a request: allowed, or the first bucket that had no token, with its limit (for
     * {@code Retry-After}) and {@code X-RateLimit-*} headers.
     */
    record Decision(RateLimiter.Response response, BucketLimit limit, Mode mode) {
        boolean allowed() {
            return response.isAllowed();
        }
    }

    private static final Logger log = LoggerFactory.getLogger(RedisBackedRateLimiter.class);
    private static final RateLimiter.Response ALLOWED = new RateLimiter.Response(true, Map.of());

    private final ReactiveStringRedisTemplate template;
    private final RedisScript<List<Long>> script;
    private final Map<String, BucketLimit> redisLimits = new HashMap<>();
    private final CircuitBreaker breaker;
    private final LocalTokenBuckets local = new LocalTokenBuckets(System::nanoTime);
    private final Map<String, LocalTokenBuckets.Limit> localLimits = new HashMap<>();
    private final LongAdder redisCalls = new LongAdder();
    private final Duration timeout;
    private final Duration probeInterval;
    private Disposable prober;
    private Disposable connectionEvents;

    @SuppressWarnings({"unchecked", "rawtypes"})
    public RedisBackedRateLimiter(ReactiveStringRedisTemplate template, HubGatewayProperties.RateLimit properties) {
        this.template = template;
        // From its text, read once: a script made from a Resource asks the resource for its last-modified time on
        // every call (to recompute the SHA-1), which inside a jar throws and catches a FileNotFoundException per request.
        this.script = (RedisScript<List<Long>>) (RedisScript) RedisScript.of(scriptText(), List.class);
        this.timeout = properties.getRedisTimeout();
        this.probeInterval = properties.getProbeInterval();
        this.breaker = CircuitBreaker.of("rate-limiter-redis", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(20)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .writableStackTraceEnabled(false)
                .build());
        this.breaker.getEventPublisher().onStateTransition(e -> {
            switch (e.getStateTransition().getToState()) {
                case FORCED_OPEN -> log.warn("Rate limiter: Redis unavailable, limiting with local buckets per gateway "
                        + "instance (configured limits / {}) until it answers again",
                        Math.max(1, properties.getInstances()));
                case CLOSED -> log.info("Rate limiter: Redis answers again, limiting with the shared buckets in Redis");
                default -> { }
            }
        });
        for (Map.Entry<String, HubGatewayProperties.Group> group : properties.getGroups().entrySet()) {
            configure(properties, bucket(properties, group.getKey(), "user"), group.getValue().getUser());
            configure(properties, bucket(properties, group.getKey(), "ip"), group.getValue().getIp());
        }
        for (Map.Entry<String, HubGatewayProperties.RouteLimit> route : properties.getRoutes().entrySet()) {
            HubGatewayProperties.RouteLimit limit = route.getValue();
            configure(properties, routeBucket(properties, route.getKey(), "user"), limit.user());
            if (limit.ip() != null) {
                configure(properties, routeBucket(properties, route.getKey(), "ip"), limit.ip());
            }
        }
    }

    private static String scriptText() {
        try {
            return new ClassPathResource("scripts/hub_token_buckets.lua").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("rate limiter script scripts/hub_token_buckets.lua is missing", e);
        }
    }

    private void configure(HubGatewayProperties.RateLimit properties, String bucket, HubGatewayProperties.Limit limit) {
        redisLimits.put(bucket, new BucketLimit(limit.getReplenishRate(), limit.getBurstCapacity()));
        localLimits.put(bucket, LocalTokenBuckets.Limit.share(limit.getReplenishRate(), limit.getBurstCapacity(),
                properties.getInstances()));
    }

    private void configure(HubGatewayProperties.RateLimit properties, String bucket, HubGatewayProperties.Quota quota) {
        redisLimits.put(bucket, new BucketLimit(quota.tokensPerSecond(), quota.burst()));
        localLimits.put(bucket, LocalTokenBuckets.Limit.share(quota.tokensPerSecond(), quota.burst(),
                properties.getInstances()));
    }

    static String bucket(HubGatewayProperties.RateLimit properties, String group, String kind) {
        return properties.getNamespace() + ":" + group + "." + kind;
    }

    /** A named route limit's bucket; "route." keeps it apart from the listeners' groups. */
    static String routeBucket(HubGatewayProperties.RateLimit properties, String route, String kind) {
        return properties.getNamespace() + ":route." + route + "." + kind;
    }

    /** Starts the background probe and listens to Lettuce's connection events (if its client resources are known). */
    void start(ClientResources clientResources) {
        prober = Flux.interval(probeInterval, probeInterval)
                .onBackpressureDrop()
                .concatMap(tick -> probe(), 1)
                .subscribe();
        if (clientResources != null) {
            connectionEvents = clientResources.eventBus().get().subscribe(event -> {
                if (event instanceof DisconnectedEvent) {
                    switchToLocal();
                } else if (event instanceof ConnectionActivatedEvent && mode() == Mode.LOCAL) {
                    probe().subscribe();
                }
            });
        }
    }

    /**
     * One token from each bucket, in order, stopping at the first that has none: from Redis (one round trip) while it
     * answers, else from the local buckets.
     */
    Mono<Decision> isAllowed(List<Check> checks) {
        if (!breaker.tryAcquirePermission()) {
            return Mono.just(local(checks));
        }
        List<String> keys = new ArrayList<>(checks.size() * 2);
        List<String> args = new ArrayList<>(checks.size() * 2);
        for (Check check : checks) {
            String prefix = check.bucket() + ":" + check.key();
            keys.add(prefix + ".tokens");
            keys.add(prefix + ".timestamp");
            BucketLimit limit = redisLimits.get(check.bucket());
            // a rate below one per second (per-route quotas) goes to Lua as a decimal number
            args.add(Double.toString(limit.tokensPerSecond()));
            args.add(Long.toString(limit.burst()));
        }
        redisCalls.increment();
        long start = System.nanoTime();
        return template.execute(script, keys, args)
                .next()
                .timeout(timeout)
                .map(results -> {
                    Decision decision = decide(checks, results);
                    breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                    return decision;
                })
                .onErrorResume(e -> {
                    failed(System.nanoTime() - start, e);
                    return Mono.just(local(checks));
                })
                .doOnCancel(breaker::releasePermission);
    }

    /** The script's answer: allowed (1/0) and tokens left per checked bucket, up to the first denial. */
    private Decision decide(List<Check> checks, List<Long> results) {
        for (int i = 0; i < checks.size(); i++) {
            if (results.size() < 2 * i + 2) {
                throw new IllegalStateException("rate limiter script answered " + results + " for " + checks);
            }
            if (results.get(2 * i) != 1L) {
                return denied(redisLimits.get(checks.get(i).bucket()), results.get(2 * i + 1), Mode.REDIS);
            }
        }
        return new Decision(ALLOWED, null, Mode.REDIS);
    }

    private void failed(long tookNanos, Throwable e) {
        breaker.onError(tookNanos, TimeUnit.NANOSECONDS, e);
        if (breaker.getState() == CircuitBreaker.State.OPEN) {
            switchToLocal();
        }
    }

    private Decision local(List<Check> checks) {
        for (Check check : checks) {
            LocalTokenBuckets.Limit limit = localLimits.get(check.bucket());
            long left = local.tryConsume(check.bucket() + "|" + check.key(), limit);
            if (left < 0) {
                return denied(new BucketLimit(limit.tokensPerSecond(), limit.burst()), 0, Mode.LOCAL);
            }
        }
        return new Decision(ALLOWED, null, Mode.LOCAL);
    }

    private static Decision denied(BucketLimit limit, long left, Mode mode) {
        Map<String, String> headers = Map.of(
                RedisRateLimiter.REMAINING_HEADER, Long.toString(Math.max(0, left)),
                RedisRateLimiter.REPLENISH_RATE_HEADER, limit.rateHeader(),
                RedisRateLimiter.BURST_CAPACITY_HEADER, Long.toString(limit.burst()),
                RedisRateLimiter.REQUESTED_TOKENS_HEADER, "1");
        return new Decision(new RateLimiter.Response(false, headers), limit, mode);
    }

    /**
     * FORCED_OPEN rather than OPEN: an OPEN breaker lets requests through to Redis after its wait, and those would
     * wait on a dead Redis; only the probe closes a forced-open one.
     */
    private synchronized void switchToLocal() {
        CircuitBreaker.State state = breaker.getState();
        if (state != CircuitBreaker.State.FORCED_OPEN) {
            breaker.transitionToForcedOpenState();
        }
    }

    private Mono<Void> probe() {
        if (mode() == Mode.REDIS) {
            return Mono.empty();
        }
        local.evictFull();
        return template.execute(connection -> connection.ping())
                .next()
                .timeout(probeInterval)
                .doOnNext(pong -> switchToRedis())
                .onErrorResume(e -> Mono.empty())
                .then();
    }

    private synchronized void switchToRedis() {
        if (breaker.getState() != CircuitBreaker.State.CLOSED) {
            breaker.transitionToClosedState();
            local.clear();
        }
    }

    public Mode mode() {
        return breaker.getState() == CircuitBreaker.State.CLOSED ? Mode.REDIS : Mode.LOCAL;
    }

    /** Round trips to Redis since start (one per request; none while the mode is local). */
    public long redisCalls() {
        return redisCalls.sum();
    }

    void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("hub.gateway.rate.limit.redis.calls", this, RedisBackedRateLimiter::redisCalls)
                .description("Round trips to Redis, one per request (the others were decided by the local buckets)")
                .register(registry);
        Gauge.builder("hub.gateway.rate.limit.local", this, l -> l.mode() == Mode.LOCAL ? 1 : 0)
                .description("1 while the rate limiter uses local buckets per instance (Redis down), 0 with Redis")
                .register(registry);
    }

    @Override
    public void close() {
        if (prober != null) {
            prober.dispose();
        }
        if (connectionEvents != null) {
            connectionEvents.dispose();
        }
    }
}

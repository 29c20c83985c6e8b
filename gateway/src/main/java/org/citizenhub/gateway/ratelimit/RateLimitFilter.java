package org.citizenhub.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.citizenhub.gateway.config.HubGatewayProperties;
import org.citizenhub.gateway.listener.Listeners;
import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.reactive.ReactiveProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Rate limits every routed request twice with Spring Cloud Gateway's {@link RedisRateLimiter} (token bucket, one
 * atomic Lua script in Redis, so limits hold across gateway replicas): once per client address and, when the
 * request carries a valid token, once per user (token subject). Limits are per listener
 * ({@code hub.gateway.rate-limit.groups.public|admin.user|ip}).
 *
 * <p>On deny: 429 {@code rate-limited} problem+json with {@code Retry-After} (seconds until the bucket has a token
 * again: requested tokens / replenish rate, rounded up) and the limiter's {@code X-RateLimit-*} headers. The stock
 * {@code RequestRateLimiter} filter answers an empty 429 without {@code Retry-After}, hence this filter.
 *
 * <p><b>Redis unavailable: fail open.</b> If Redis does not answer within {@code hub.gateway.rate-limit.redis-timeout}
 * the request is let through and a warning is logged (at most every 30 s). An outage of the limiter's store should
 * not take the whole public API down; the circuit breakers and the services' own limits still protect them.
 */
public class RateLimitFilter implements GlobalFilter, Ordered {

    /** Before the route filters (circuit breaker, path rewriting), after security (a WebFilter). */
    public static final int ORDER = -100;

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);
    private static final long WARN_EVERY_MS = 30_000;

    private final RedisRateLimiter limiter;
    private final HubGatewayProperties.RateLimit properties;
    private final Listeners listeners;
    private final ReactiveProblemWriter problems;
    private final AtomicLong lastWarning = new AtomicLong();

    public RateLimitFilter(RedisRateLimiter limiter, HubGatewayProperties properties, Listeners listeners,
                           ReactiveProblemWriter problems) {
        this.limiter = limiter;
        this.properties = properties.getRateLimit();
        this.listeners = listeners;
        this.problems = problems;
        for (Map.Entry<String, HubGatewayProperties.Group> group : this.properties.getGroups().entrySet()) {
            limiter.getConfig().put(bucket(group.getKey(), "user"), config(group.getValue().getUser()));
            limiter.getConfig().put(bucket(group.getKey(), "ip"), config(group.getValue().getIp()));
        }
    }

    private static RedisRateLimiter.Config config(HubGatewayProperties.Limit limit) {
        return new RedisRateLimiter.Config()
                .setReplenishRate(limit.getReplenishRate())
                .setBurstCapacity(limit.getBurstCapacity())
                .setRequestedTokens(1);
    }

    private String bucket(String group, String kind) {
        return properties.getNamespace() + ":" + group + "." + kind;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!properties.isEnabled()) {
            return chain.filter(exchange);
        }
        String group = listeners.of(exchange).key();
        if (!properties.getGroups().containsKey(group)) {
            return chain.filter(exchange);
        }
        String ipBucket = bucket(group, "ip");
        String userBucket = bucket(group, "user");
        Mono<Optional<String>> subject = exchange.getPrincipal()
                .filter(p -> !(p instanceof AnonymousAuthenticationToken))
                .map(p -> Optional.of(p.getName()))
                .defaultIfEmpty(Optional.empty());
        return check(ipBucket, "ip:" + clientAddress(exchange)).flatMap(ip -> {
            if (!ip.isAllowed()) {
                return deny(exchange, ipBucket, ip);
            }
            return subject.flatMap(user -> user.isEmpty()
                    ? chain.filter(exchange)
                    : check(userBucket, "user:" + user.get()).flatMap(limit -> limit.isAllowed()
                            ? chain.filter(exchange)
                            : deny(exchange, userBucket, limit)));
        });
    }

    private Mono<RateLimiter.Response> check(String bucket, String key) {
        Duration timeout = properties.getRedisTimeout();
        return limiter.isAllowed(bucket, key)
                .timeout(timeout)
                .onErrorResume(e -> {
                    warnFailOpen(e);
                    return Mono.just(new RateLimiter.Response(true, Map.of()));
                })
                .map(response -> {
                    // RedisRateLimiter itself fails open on script errors and reports -1 tokens left.
                    if ("-1".equals(response.getHeaders().get(RedisRateLimiter.REMAINING_HEADER))) {
                        warnFailOpen(null);
                    }
                    return response;
                });
    }

    private void warnFailOpen(Throwable e) {
        long now = System.currentTimeMillis();
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY_MS && lastWarning.compareAndSet(last, now)) {
            log.warn("Rate limiter store (Redis) unavailable, letting requests through unlimited (fail open): {}",
                    e == null ? "script error" : e.toString());
        }
    }

    private Mono<Void> deny(ServerWebExchange exchange, String bucket, RateLimiter.Response response) {
        RedisRateLimiter.Config config = limiter.getConfig().get(bucket);
        HttpHeaders headers = exchange.getResponse().getHeaders();
        response.getHeaders().forEach(headers::set);
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(config)));
        return problems.write(exchange, CommonProblem.RATE_LIMITED);
    }

    /** Seconds until the bucket holds the tokens one request needs again. */
    static long retryAfterSeconds(RedisRateLimiter.Config config) {
        if (config == null || config.getReplenishRate() <= 0) {
            return 1;
        }
        return Math.max(1, (long) Math.ceil((double) config.getRequestedTokens() / config.getReplenishRate()));
    }

    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}

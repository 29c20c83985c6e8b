package org.citizenhub.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.citizenhub.gateway.config.HubGatewayProperties;
import org.citizenhub.gateway.listener.Listeners;
import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.reactive.ReactiveProblemWriter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Rate limits every routed request twice with token buckets, in one check: per client address and, when the request
 * carries a valid token, per user (token subject). Limits are per listener
 * ({@code hub.gateway.rate-limit.groups.public|admin.user|ip}). The buckets live in Redis, shared by all gateway
 * instances, and in this JVM while Redis is down ({@link RedisBackedRateLimiter}).
 *
 * <p>On deny: 429 {@code rate-limited} problem+json with {@code Retry-After} (seconds until the bucket has a token
 * again: requested tokens / replenish rate, rounded up) and the limiter's {@code X-RateLimit-*} headers. The stock
 * {@code RequestRateLimiter} filter answers an empty 429 without {@code Retry-After}, hence this filter.
 */
public class RateLimitFilter implements GlobalFilter, Ordered {

    /** Before the route filters (circuit breaker, path rewriting), after security (a WebFilter). */
    public static final int ORDER = -100;

    private final RedisBackedRateLimiter limiter;
    private final HubGatewayProperties.RateLimit properties;
    private final Listeners listeners;
    private final ReactiveProblemWriter problems;

    public RateLimitFilter(RedisBackedRateLimiter limiter, HubGatewayProperties properties, Listeners listeners,
                           ReactiveProblemWriter problems) {
        this.limiter = limiter;
        this.properties = properties.getRateLimit();
        this.listeners = listeners;
        this.problems = problems;
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
        String ipBucket = RedisBackedRateLimiter.bucket(properties, group, "ip");
        String userBucket = RedisBackedRateLimiter.bucket(properties, group, "user");
        Mono<Optional<String>> subject = exchange.getPrincipal()
                .filter(p -> !(p instanceof AnonymousAuthenticationToken))
                .map(p -> Optional.of(p.getName()))
                .defaultIfEmpty(Optional.empty());
        RedisBackedRateLimiter.Check ip = new RedisBackedRateLimiter.Check(ipBucket, "ip:" + clientAddress(exchange));
        return subject
                .flatMap(user -> limiter.isAllowed(user.isEmpty()
                        ? List.of(ip)
                        : List.of(ip, new RedisBackedRateLimiter.Check(userBucket, "user:" + user.get()))))
                .flatMap(decision -> decision.allowed() ? chain.filter(exchange) : deny(exchange, decision));
    }

    private Mono<Void> deny(ServerWebExchange exchange, RedisBackedRateLimiter.Decision decision) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        decision.response().getHeaders().forEach(headers::set);
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(decision.config())));
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

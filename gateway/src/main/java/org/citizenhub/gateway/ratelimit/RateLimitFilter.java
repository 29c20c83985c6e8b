package org.citizenhub.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citizenhub.gateway.config.HubGatewayProperties;
import org.citizenhub.gateway.listener.Listeners;
import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.reactive.ReactiveProblemWriter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
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
 *
 * <p>Named route limits ({@code hub.gateway.rate-limit.routes}) add buckets for the requests they match (listener,
 * method, path pattern): per user, and per client address if configured (the only one an anonymous request draws).
 * They are checked in the same round trip, after the listener's buckets, so a request refused by the listener's
 * limits does not spend a participation token.
 */
public class RateLimitFilter implements GlobalFilter, Ordered {

    /** Before the route filters (circuit breaker, path rewriting), after security (a WebFilter). */
    public static final int ORDER = -100;

    private final RedisBackedRateLimiter limiter;
    private final HubGatewayProperties.RateLimit properties;
    private final Listeners listeners;
    private final ReactiveProblemWriter problems;
    private final List<RouteMatcher> routes = new ArrayList<>();

    /** A named route limit with its path patterns parsed once. */
    private record RouteMatcher(String name, String listener, Set<String> methods, List<PathPattern> paths,
                                boolean perAddress) {

        boolean matches(String listenerKey, ServerWebExchange exchange) {
            if (!listener.equals(listenerKey)) {
                return false;
            }
            if (!methods.isEmpty() && !methods.contains(exchange.getRequest().getMethod().name())) {
                return false;
            }
            PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
            return paths.stream().anyMatch(p -> p.matches(path));
        }
    }

    public RateLimitFilter(RedisBackedRateLimiter limiter, HubGatewayProperties properties, Listeners listeners,
                           ReactiveProblemWriter problems) {
        this.limiter = limiter;
        this.properties = properties.getRateLimit();
        this.listeners = listeners;
        this.problems = problems;
        PathPatternParser parser = PathPatternParser.defaultInstance;
        for (Map.Entry<String, HubGatewayProperties.RouteLimit> e : this.properties.getRoutes().entrySet()) {
            HubGatewayProperties.RouteLimit limit = e.getValue();
            routes.add(new RouteMatcher(e.getKey(), limit.listener(),
                    limit.methods().stream().map(m -> m.toUpperCase(Locale.ROOT))
                            .collect(java.util.stream.Collectors.toUnmodifiableSet()),
                    limit.paths().stream().map(parser::parse).toList(), limit.ip() != null));
        }
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
        String address = "ip:" + clientAddress(exchange);
        List<RouteMatcher> matching = routes.isEmpty() ? List.of()
                : routes.stream().filter(r -> r.matches(group, exchange)).toList();
        return subject
                .flatMap(user -> limiter.isAllowed(checks(ipBucket, userBucket, address, user, matching)))
                .flatMap(decision -> decision.allowed() ? chain.filter(exchange) : deny(exchange, decision));
    }

    private List<RedisBackedRateLimiter.Check> checks(String ipBucket, String userBucket, String address,
                                                      Optional<String> user, List<RouteMatcher> matching) {
        List<RedisBackedRateLimiter.Check> checks = new ArrayList<>(2 + 2 * matching.size());
        checks.add(new RedisBackedRateLimiter.Check(ipBucket, address));
        user.ifPresent(sub -> checks.add(new RedisBackedRateLimiter.Check(userBucket, "user:" + sub)));
        for (RouteMatcher route : matching) {
            if (route.perAddress()) {
                checks.add(new RedisBackedRateLimiter.Check(
                        RedisBackedRateLimiter.routeBucket(properties, route.name(), "ip"), address));
            }
            user.ifPresent(sub -> checks.add(new RedisBackedRateLimiter.Check(
                    RedisBackedRateLimiter.routeBucket(properties, route.name(), "user"), "user:" + sub)));
        }
        return checks;
    }

    private Mono<Void> deny(ServerWebExchange exchange, RedisBackedRateLimiter.Decision decision) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        decision.response().getHeaders().forEach(headers::set);
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(decision.limit().retryAfterSeconds()));
        return problems.write(exchange, CommonProblem.RATE_LIMITED);
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

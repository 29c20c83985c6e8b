package org.citizenhub.gateway.resilience;

import java.net.URI;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.reactive.ReactiveProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where the routes' circuit breakers forward when a service cannot be reached, is too slow (time limiter) or its
 * breaker is open: answers 503 {@code service-unavailable} as problem+json.
 */
@RestController
public class FallbackController {

    public static final String PATH = "/_gateway/fallback/service-unavailable";

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    static final long REPORT_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final ReactiveProblemWriter problems;
    private final ConcurrentMap<String, ShedReport> reports =
            new ConcurrentHashMap<>();

    public FallbackController(ReactiveProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping(PATH)
    public Mono<Void> serviceUnavailable(ServerWebExchange exchange) {
        // Report the path the client asked for, not this forward target.
        String originalPath = originalPath(exchange);
        ServerWebExchange original = exchange.mutate().request(r -> r.path(originalPath)).build();
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        Object route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String routeId = route instanceof Route r ? r.getId() : "?";
        String reason = cause == null ? "circuit open" : cause.getClass().getSimpleName();
        // One line per route and reason every REPORT_INTERVAL, with the count since the last line: under overload
        // a line per shed request would cost the gateway CPU exactly when it has none to spare.
        long shedSinceLastReport = reports.computeIfAbsent(routeId + " " + reason, k -> new ShedReport()).shed();
        if (shedSinceLastReport > 0) {
            log.warn("Answering 503 for {} {}: route {} unavailable ({}); {} request(s) answered 503 for this "
                    + "route and reason since the last such line", exchange.getRequest().getMethod(), originalPath,
                    routeId, cause == null ? "circuit open" : cause.toString(), shedSinceLastReport);
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
        return problems.write(original, CommonProblem.SERVICE_UNAVAILABLE);
    }

    /** Requests answered 503 for one route and reason, reported at most once per interval. */
    static final class ShedReport {

        private final LongAdder shed = new LongAdder();
        private final AtomicLong nextReport = new AtomicLong(
                System.nanoTime());

        /** Counts one; the count to report (and resets it) when a report is due, else 0. */
        long shed() {
            shed.increment();
            long now = System.nanoTime();
            long due = nextReport.get();
            if (now - due >= 0 && nextReport.compareAndSet(due, now + REPORT_INTERVAL_NANOS)) {
                return shed.sumThenReset();
            }
            return 0;
        }
    }

    private static String originalPath(ServerWebExchange exchange) {
        Set<URI> urls = exchange.getAttributeOrDefault(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR,
                Collections.emptySet());
        return urls.stream().findFirst().map(URI::getRawPath).orElse(exchange.getRequest().getPath().value());
    }
}

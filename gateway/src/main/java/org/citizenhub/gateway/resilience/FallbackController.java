package org.citizenhub.gateway.resilience;

import java.net.URI;
import java.util.Collections;
import java.util.Set;
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

    private final ReactiveProblemWriter problems;

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
        log.warn("Answering 503 for {} {}: route {} unavailable ({})", exchange.getRequest().getMethod(),
                originalPath, route instanceof Route r ? r.getId() : "?",
                cause == null ? "circuit open" : cause.toString());
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
        return problems.write(original, CommonProblem.SERVICE_UNAVAILABLE);
    }

    private static String originalPath(ServerWebExchange exchange) {
        Set<URI> urls = exchange.getAttributeOrDefault(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR,
                Collections.emptySet());
        return urls.stream().findFirst().map(URI::getRawPath).orElse(exchange.getRequest().getPath().value());
    }
}

package org.citizenhub.gateway.web;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Content-Security-Policy on every response: the strictest policy for API responses (JSON never needs to load
 * anything), a same-origin policy for the Swagger UI pages. The other security headers (nosniff, frame DENY,
 * Referrer-Policy, HSTS on https, cache control) come from Spring Security's header writers (see
 * {@code GatewaySecurityConfiguration}).
 */
public class SecurityHeadersWebFilter implements WebFilter, Ordered {

    public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    public static final String DOCS_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
            + "base-uri 'self'; form-action 'self'";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        String policy = path.startsWith("/swagger-ui") || path.startsWith("/webjars/") ? DOCS_POLICY : API_POLICY;
        ServerHttpResponse response = exchange.getResponse();
        response.beforeCommit(() -> {
            response.getHeaders().set("Content-Security-Policy", policy);
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}

package org.citizenhub.gateway.security;

import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.reactive.ReactiveProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 {@code unauthorized} as problem+json, keeping the RFC 6750 {@code WWW-Authenticate: Bearer ...} challenge
 * (with {@code error="invalid_token"} when a token was sent but rejected: expired, wrong signature, other issuer).
 */
class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ReactiveProblemWriter problems;

    ProblemAuthenticationEntryPoint(ReactiveProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge(ex));
        return problems.write(exchange, CommonProblem.UNAUTHORIZED);
    }

    static String challenge(AuthenticationException ex) {
        if (ex instanceof OAuth2AuthenticationException oauth && oauth.getError() instanceof BearerTokenError error) {
            StringBuilder value = new StringBuilder("Bearer error=\"").append(error.getErrorCode()).append('"');
            if (error.getDescription() != null) {
                value.append(", error_description=\"").append(sanitize(error.getDescription())).append('"');
            }
            return value.toString();
        }
        if (ex instanceof OAuth2AuthenticationException oauth) {
            return "Bearer error=\"invalid_token\", error_description=\""
                    + sanitize(oauth.getError().getDescription() == null ? "invalid token" : oauth.getError().getDescription())
                    + '"';
        }
        return "Bearer";
    }

    private static String sanitize(String text) {
        return text.replaceAll("[^\\x20-\\x7E]", " ").replace('"', '\'').replace('\\', '/');
    }
}

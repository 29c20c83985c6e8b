package org.citizenhub.gateway.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.reactive.ReactiveProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Rejects request bodies larger than {@code hub.gateway.max-body-size} (or the limit of the first matching
 * {@code hub.gateway.max-body-size-overrides} pattern, e.g. for attachment uploads) with 413 {@code payload-too-large}
 * before anything is forwarded:
 * <ul>
 *   <li>a declared {@code Content-Length} above the limit is answered at once, without reading the body;</li>
 *   <li>a body of unknown length (chunked) is read up to the limit first and then forwarded with its length;
 *       one byte more and the request is answered 413, so a service never sees any part of it.</li>
 * </ul>
 * Runs after security (order -50; Spring Security's filter chain is -100), so anonymous callers get 401
 * without the gateway reading their bodies.
 */
public class BodySizeLimitWebFilter implements WebFilter, Ordered {

    public static final int ORDER = -50;

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final long defaultMaxBytes;
    private final Map<String, Long> overrides;
    private final ReactiveProblemWriter problems;

    public BodySizeLimitWebFilter(long maxBytes, ReactiveProblemWriter problems) {
        this(maxBytes, Map.of(), problems);
    }

    /** @param overrides Ant pattern → limit in bytes, in the order they are tried */
    public BodySizeLimitWebFilter(long maxBytes, Map<String, Long> overrides, ReactiveProblemWriter problems) {
        this.defaultMaxBytes = maxBytes;
        this.overrides = new LinkedHashMap<>(overrides);
        this.problems = problems;
    }

    /** The limit for a request path: the first matching override's, else the default. */
    long limitFor(String path) {
        for (Map.Entry<String, Long> override : overrides.entrySet()) {
            if (PATHS.match(override.getKey(), path)) {
                return override.getValue();
            }
        }
        return defaultMaxBytes;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long maxBytes = limitFor(exchange.getRequest().getPath().pathWithinApplication().value());
        HttpHeaders headers = exchange.getRequest().getHeaders();
        long declared = headers.getContentLength();
        if (declared > maxBytes) {
            return tooLarge(exchange);
        }
        if (declared >= 0 || !hasUnknownLengthBody(headers)) {
            return chain.filter(exchange);
        }
        int limit = (int) Math.min(Integer.MAX_VALUE, maxBytes);
        return DataBufferUtils.join(exchange.getRequest().getBody(), limit)
                .map(java.util.Optional::of)
                .defaultIfEmpty(java.util.Optional.empty())
                .flatMap(joined -> chain.filter(exchange.mutate().request(buffered(exchange.getRequest(),
                        joined.orElse(null))).build()))
                .onErrorResume(DataBufferLimitException.class, e -> tooLarge(exchange));
    }

    private static boolean hasUnknownLengthBody(HttpHeaders headers) {
        String te = headers.getFirst(HttpHeaders.TRANSFER_ENCODING);
        return te != null && !te.isBlank();
    }

    private static ServerHttpRequest buffered(ServerHttpRequest request, DataBuffer body) {
        int length = body == null ? 0 : body.readableByteCount();
        return new ServerHttpRequestDecorator(request) {
            private final HttpHeaders headers = copyWithLength(request.getHeaders(), length);

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }

            @Override
            public Flux<DataBuffer> getBody() {
                return body == null ? Flux.empty() : Flux.just(body);
            }
        };
    }

    private static HttpHeaders copyWithLength(HttpHeaders original, int length) {
        HttpHeaders copy = new HttpHeaders();
        copy.putAll(original);
        copy.remove(HttpHeaders.TRANSFER_ENCODING);
        copy.setContentLength(length);
        return copy;
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        // The client may still be sending; tell it we won't read on.
        exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
        return problems.write(exchange, CommonProblem.PAYLOAD_TOO_LARGE);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}

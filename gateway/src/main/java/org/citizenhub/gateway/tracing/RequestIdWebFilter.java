package org.citizenhub.gateway.tracing;

import org.citizenhub.web.RequestId;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * First filter of every request: accepts a sane incoming {@code X-Request-Id} or generates one, stores it as the
 * exchange attribute {@link RequestId#ATTRIBUTE} (problem documents quote it), puts it on the request forwarded
 * downstream and echoes it on the response. Runs before security so that 401/403 documents carry it too.
 */
public class RequestIdWebFilter implements WebFilter, Ordered {

    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = RequestId.acceptOrGenerate(exchange.getRequest().getHeaders().getFirst(RequestId.HEADER));
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(h -> h.set(RequestId.HEADER, id))
                .build();
        ServerWebExchange mutated = exchange.mutate().request(request).build();
        mutated.getAttributes().put(RequestId.ATTRIBUTE, id);
        mutated.getResponse().getHeaders().set(RequestId.HEADER, id);
        // A service echoes the id too; keep exactly one copy on the way out.
        mutated.getResponse().beforeCommit(() -> {
            mutated.getResponse().getHeaders().set(RequestId.HEADER, id);
            return Mono.empty();
        });
        return chain.filter(mutated)
                .contextWrite(ctx -> ctx.put(RequestId.MDC_KEY, id));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}

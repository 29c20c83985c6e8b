package org.citizenhub.gateway.streams;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.citizenhub.gateway.config.HubGatewayProperties;
import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.reactive.ReactiveProblemWriter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Limits the open streams of each stream route ({@code hub.gateway.streams}, routes built by
 * {@code routing.HubRoutes} with the metadata {@value #STREAM_METADATA}): per gateway instance (beyond: 503
 * {@code stream-capacity-reached}) and per client address (beyond: 429 {@code too-many-streams}), both with
 * {@code Retry-After}.
 *
 * <p>A global filter ordered before {@link NettyWriteResponseFilter}, which copies the service's body to the client
 * after the rest of the chain has completed: only a filter wrapping that one sees the stream end, so the slot is held
 * until the last byte went out or the client left (cancel), not just until the service's headers arrived.
 *
 * <p>A stream route has no circuit breaker, hence no fallback: a service that cannot be reached (or sends no headers
 * within the HTTP client's response timeout) is answered here, 503 {@code service-unavailable} with
 * {@code Retry-After: 5} like the other routes, instead of the 500 an unexpected error would get.
 */
public class StreamLimitFilter implements GlobalFilter, Ordered {

    /** Route metadata key naming the {@code hub.gateway.streams} entry a route carries. */
    public static final String STREAM_METADATA = "hub-stream";
    /** After the rate limit (-100), wrapping the body write ({@link NettyWriteResponseFilter#WRITE_RESPONSE_FILTER_ORDER}). */
    public static final int ORDER = -90;
    /** A refused watcher retries after this; long enough not to hammer a full instance. */
    static final String RETRY_AFTER_SECONDS = "10";

    private static final Logger log = LoggerFactory.getLogger(StreamLimitFilter.class);

    private final Map<String, StreamSlots> slots = new LinkedHashMap<>();
    private final ReactiveProblemWriter problems;

    public StreamLimitFilter(HubGatewayProperties properties, ReactiveProblemWriter problems) {
        this.problems = problems;
        properties.getStreams().forEach((name, stream) ->
                slots.put(name, new StreamSlots(stream.maxOpen(), stream.maxOpenPerClient())));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        StreamSlots route = slotsOf(exchange);
        if (route == null) {
            return chain.filter(exchange);
        }
        String client = clientAddress(exchange);
        Optional<StreamSlots.Refusal> refusal = route.tryAcquire(client);
        if (refusal.isPresent()) {
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            return switch (refusal.get()) {
                case CLIENT_FULL -> problems.write(exchange, StreamProblem.TOO_MANY_STREAMS, route.maxOpenPerClient());
                case INSTANCE_FULL -> problems.write(exchange, StreamProblem.STREAM_CAPACITY_REACHED, route.maxOpen());
            };
        }
        AtomicBoolean released = new AtomicBoolean();
        return chain.filter(exchange)
                .onErrorResume(e -> exchange.getResponse().isCommitted() ? Mono.error(e) : unavailable(exchange, e))
                // complete, error or cancel (the watcher closed the page): the slot is free again, exactly once
                .doFinally(signal -> {
                    if (released.compareAndSet(false, true)) {
                        route.release(client);
                    }
                });
    }

    private Mono<Void> unavailable(ServerWebExchange exchange, Throwable cause) {
        log.debug("Stream {} not opened: {}", exchange.getRequest().getPath(), cause.toString());
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
        return problems.write(exchange, CommonProblem.SERVICE_UNAVAILABLE);
    }

    private StreamSlots slotsOf(ServerWebExchange exchange) {
        if (slots.isEmpty()) {
            return null;
        }
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null || !(route.getMetadata().get(STREAM_METADATA) instanceof String name)) {
            return null;
        }
        return slots.get(name);
    }

    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
    }

    /** Open streams of this instance; gauge {@code hub_gateway_streams_open{stream=...}}. */
    public int open(String stream) {
        StreamSlots s = slots.get(stream);
        return s == null ? 0 : s.open();
    }

    void bindTo(MeterRegistry registry) {
        slots.forEach((name, s) -> Gauge.builder("hub.gateway.streams.open", s, StreamSlots::open)
                .description("Streams of this route open through this gateway instance")
                .tag("stream", name)
                .register(registry));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}

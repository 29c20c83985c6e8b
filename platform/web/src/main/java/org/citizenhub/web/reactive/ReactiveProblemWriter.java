package org.citizenhub.web.reactive;

import java.util.Locale;
import java.util.Map;
import org.citizenhub.web.RequestId;
import org.citizenhub.web.problem.ProblemDocuments;
import org.citizenhub.web.problem.ProblemLocales;
import org.citizenhub.web.problem.ProblemMessages;
import org.citizenhub.web.problem.ProblemType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link ProblemType} as an {@code application/problem+json} response on a reactive exchange (the
 * gateway's filters, fallbacks and security handlers).
 *
 * <p>The request id is taken from the exchange attribute {@link RequestId#ATTRIBUTE} if set, else from the
 * request's sane {@code X-Request-Id} header, else from the response's {@code X-Request-Id} header.
 */
public final class ReactiveProblemWriter {

    private final ProblemDocuments documents;
    private final JsonMapper json;

    public ReactiveProblemWriter(ProblemMessages messages) {
        this(messages, JsonMapper.shared());
    }

    public ReactiveProblemWriter(ProblemMessages messages, JsonMapper json) {
        this.documents = new ProblemDocuments(messages);
        this.json = json;
    }

    /** Writes the problem; completes without writing if the response is already committed. */
    public Mono<Void> write(ServerWebExchange exchange, ProblemType type, Object... detailArgs) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        ServerHttpRequest request = exchange.getRequest();
        Locale locale = ProblemLocales.fromAcceptLanguage(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
        Map<String, Object> body = documents.create(type, locale, request.getPath().value(), requestId(exchange),
                detailArgs);
        byte[] bytes = json.writeValueAsBytes(body);
        response.setStatusCode(HttpStatusCode.valueOf(type.status()));
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(bytes.length);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(bytes)));
    }

    private static String requestId(ServerWebExchange exchange) {
        if (exchange.getAttribute(RequestId.ATTRIBUTE) instanceof String id) {
            return id;
        }
        String incoming = exchange.getRequest().getHeaders().getFirst(RequestId.HEADER);
        if (RequestId.isSane(incoming)) {
            return incoming;
        }
        String outgoing = exchange.getResponse().getHeaders().getFirst(RequestId.HEADER);
        return RequestId.isSane(outgoing) ? outgoing : null;
    }
}

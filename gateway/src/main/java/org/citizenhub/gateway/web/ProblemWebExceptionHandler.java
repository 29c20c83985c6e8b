package org.citizenhub.gateway.web;

import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.reactive.ReactiveProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Every error the gateway answers itself (no route: 404, wrong method: 405, anything unexpected: 500) as
 * problem+json with the common types. Runs before Boot's default error handler; never writes a stack trace.
 */
public class ProblemWebExceptionHandler implements WebExceptionHandler, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ProblemWebExceptionHandler.class);

    private final ReactiveProblemWriter problems;

    public ProblemWebExceptionHandler(ReactiveProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        CommonProblem problem;
        if (ex instanceof ResponseStatusException rse) {
            problem = CommonProblem.forStatus(rse.getStatusCode().value());
            if (ex instanceof MethodNotAllowedException mna && !mna.getSupportedMethods().isEmpty()) {
                exchange.getResponse().getHeaders().setAllow(mna.getSupportedMethods());
            }
            if (problem == CommonProblem.INTERNAL_ERROR) {
                log.error("Error answering {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex);
            }
        }
        else if (ex instanceof DataBufferLimitException) {
            problem = CommonProblem.PAYLOAD_TOO_LARGE;
        }
        else {
            log.error("Unexpected error answering {} {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), ex);
            problem = CommonProblem.INTERNAL_ERROR;
        }
        exchange.getResponse().getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        return problems.write(exchange, problem);
    }

    /** Before Boot's {@code DefaultErrorWebExceptionHandler} (-1). */
    @Override
    public int getOrder() {
        return -2;
    }
}

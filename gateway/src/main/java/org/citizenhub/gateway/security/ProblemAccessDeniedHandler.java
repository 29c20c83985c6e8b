package org.citizenhub.gateway.security;

import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.reactive.ReactiveProblemWriter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 403 {@code forbidden} as problem+json (valid token, missing role). */
class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final ReactiveProblemWriter problems;

    ProblemAccessDeniedHandler(ReactiveProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return problems.write(exchange, CommonProblem.FORBIDDEN);
    }
}

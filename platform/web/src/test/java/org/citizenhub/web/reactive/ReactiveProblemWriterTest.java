package org.citizenhub.web.reactive;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.problem.ProblemMessages;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class ReactiveProblemWriterTest {

    private final ReactiveProblemWriter writer = new ReactiveProblemWriter(ProblemMessages.defaults());

    @Test
    void a_rate_limited_request_is_answered_with_429_problem_json() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest
                .get("/api/mailbox/letters").header("X-Request-Id", "gw-1").header("Accept-Language", "en"));

        writer.write(exchange, CommonProblem.RATE_LIMITED).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getBodyAsString().block()).isEqualTo(
                "{\"type\":\"https://citizenhub.example/problems/rate-limited\",\"title\":\"Too many requests\","
                        + "\"status\":429,\"detail\":\"You are sending requests too quickly. Please wait a moment and try again.\","
                        + "\"instance\":\"/api/mailbox/letters\",\"requestId\":\"gw-1\"}");
    }

    @Test
    void chinese_is_the_default_language() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/survey/x"));

        writer.write(exchange, CommonProblem.SERVICE_UNAVAILABLE).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("\"title\":\"服务暂时不可用\"");
    }
}

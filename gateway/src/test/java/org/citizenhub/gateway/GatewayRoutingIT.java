package org.citizenhub.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.citizenhub.gateway.support.Downstream;
import org.citizenhub.testing.TestAccounts.Account;
import org.junit.jupiter.api.Test;

class GatewayRoutingIT extends GatewayITBase {

    @Test
    void the_request_id_and_the_trace_context_reach_the_service_and_the_request_id_is_echoed() {
        Account citizen = INFRA.user("citizen");
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        HttpResponse<String> response = publicPort().send(publicPort().request("/api/mailbox/letters/TR-1")
                .header("Authorization", "Bearer " + citizen.token())
                .header("X-Request-Id", "it-request-0001")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .GET().build());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().allValues("X-Request-Id")).containsExactly("it-request-0001");
        assertThat(MAILBOX.receivedFor("/letters/TR-1")).as("forwarded exactly once").hasSize(1);
        Downstream.Received received = MAILBOX.receivedFor("/letters/TR-1").getFirst();
        assertThat(received.header("X-Request-Id")).isEqualTo("it-request-0001");
        assertThat(received.header("traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-0[01]");
    }

    @Test
    void a_request_without_an_id_gets_one_that_the_service_and_the_caller_both_see() {
        Account citizen = INFRA.user("citizen");

        HttpResponse<String> response = publicPort().get("/api/mailbox/letters/TR-2", citizen.token());

        String id = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).isNotBlank();
        Downstream.Received received = MAILBOX.receivedFor("/letters/TR-2").getFirst();
        assertThat(received.header("X-Request-Id")).isEqualTo(id);
        assertThat(received.header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @Test
    void a_stopped_service_is_answered_503_problem_json_fast() {
        Account citizen = INFRA.user("citizen");

        Instant start = Instant.now();
        HttpResponse<String> response = publicPort().get("/api/consultation/requests", citizen.token());
        Duration took = Duration.between(start, Instant.now());

        var problem = assertProblem(response, 503, "service-unavailable");
        assertThat(problem.path("instance").asString()).isEqualTo("/api/consultation/requests");
        assertThat(took).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void a_service_slower_than_the_time_limit_is_answered_503_when_the_limit_is_reached() {
        Account citizen = INFRA.user("citizen");

        Instant start = Instant.now();
        HttpResponse<String> response = publicPort().get("/api/mailbox/slow/TL-1", citizen.token());
        Duration took = Duration.between(start, Instant.now());

        assertProblem(response, 503, "service-unavailable");
        assertThat(took).isBetween(Duration.ofMillis(1900), Downstream.SLOW.minusMillis(500));
    }

    @Test
    void the_portal_origin_may_call_the_api_from_a_browser() {
        HttpResponse<String> preflight = publicPort().send(publicPort().request("/api/mailbox/letters")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://127.0.0.1:8080")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .build());

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://127.0.0.1:8080");
        assertThat(MAILBOX.received()).noneMatch(r -> r.method().equals("OPTIONS"));

        HttpResponse<String> foreign = publicPort().send(publicPort().request("/api/mailbox/letters")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .build());
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void an_oversized_body_is_answered_413_and_never_reaches_the_service() {
        Account citizen = INFRA.user("citizen");
        byte[] body = new byte[1024 * 1024 + 1];

        HttpResponse<String> response = publicPort().send(publicPort().request("/api/mailbox/letters")
                .header("Authorization", "Bearer " + citizen.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());

        assertProblem(response, 413, "payload-too-large");
        assertThat(MAILBOX.receivedFor("/letters")).noneMatch(r -> r.bodyBytes() > 1024 * 1024);
        assertThat(MAILBOX.receivedFor("/letters")).isEmpty();
    }

    @Test
    void an_attachment_upload_above_the_general_limit_but_within_its_own_reaches_the_service() {
        Account citizen = INFRA.user("citizen");
        byte[] body = new byte[2 * 1024 * 1024];

        HttpResponse<String> response = publicPort().send(publicPort().request("/api/mailbox/attachments")
                .header("Authorization", "Bearer " + citizen.token())
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());

        assertThat(response.statusCode()).isNotEqualTo(413);
        assertThat(MAILBOX.receivedFor("/attachments")).anyMatch(r -> r.bodyBytes() == body.length);
    }

    @Test
    void an_oversized_chunked_body_is_answered_413_and_never_reaches_the_service() {
        Account citizen = INFRA.user("citizen");
        byte[] body = new byte[1024 * 1024 + 1];

        HttpResponse<String> response = publicPort().send(publicPort().request("/api/mailbox/letters-chunked")
                .header("Authorization", "Bearer " + citizen.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());

        assertProblem(response, 413, "payload-too-large");
        assertThat(MAILBOX.receivedFor("/letters-chunked")).isEmpty();
    }

    @Test
    void a_chunked_body_within_the_limit_is_forwarded_whole() {
        Account citizen = INFRA.user("citizen");
        byte[] body = new byte[200_000];

        HttpResponse<String> response = publicPort().send(publicPort().request("/api/mailbox/letters-small")
                .header("Authorization", "Bearer " + citizen.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(MAILBOX.receivedFor("/letters-small").getFirst().bodyBytes()).isEqualTo(200_000);
    }

    @Test
    void the_swagger_ui_lists_every_service_api_through_the_gateway() {
        HttpResponse<String> config = publicPort().get("/v3/api-docs/swagger-config", null);

        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("/api/identity/v3/api-docs", "/api/mailbox/v3/api-docs",
                "/api/consultation/v3/api-docs", "/api/survey/v3/api-docs", "/api/service-hall/v3/api-docs");
        assertThat(publicPort().get("/api/mailbox/v3/api-docs", null).statusCode()).isEqualTo(200);
        assertThat(MAILBOX.receivedFor("/v3/api-docs")).isNotEmpty();
    }

    @Test
    void health_answers_on_both_ports_and_prometheus_only_on_the_admin_port() {
        assertThat(publicPort().get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(adminPort().get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(adminPort().get("/actuator/prometheus", null).statusCode()).isEqualTo(200);
        assertThat(publicPort().get("/actuator/prometheus", null).statusCode()).isIn(401, 403, 404);
    }
}

package org.citizenhub.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** supervision starts on the real servers, reports ready, describes its API and answers problems for what it lacks. */
class ServiceStartsIT extends SupervisionIT {

    @Test
    void the_service_is_ready_and_publishes_its_openapi_document() {
        assertThat(get("/actuator/health/readiness", null).status()).isEqualTo(200);
        var docs = get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("openapi").asString()).startsWith("3.");
    }

    @Test
    void an_unknown_path_is_a_problem_not_a_stack_trace() {
        var response = get("/public/no-such-thing", null);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }
}

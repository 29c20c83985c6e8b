package org.citizenhub.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.citizenhub.gateway.ratelimit.RedisBackedRateLimiter;
import org.citizenhub.testing.TestAccounts.Account;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The rate limiter's Redis is unreachable from the start (nothing listens on port 1): requests are served without
 * delay and limited by the local buckets (burst 3 per user; participation writes 2 a minute per citizen).
 */
@TestPropertySource(properties = {
        // A URL overrides the host and port the base class registers.
        "spring.data.redis.url=redis://127.0.0.1:1",
        "hub.gateway.rate-limit.groups.public.user.replenish-rate=1",
        "hub.gateway.rate-limit.groups.public.user.burst-capacity=3",
        "hub.gateway.rate-limit.routes.survey-participation.user.replenish=2",
        "hub.gateway.rate-limit.routes.survey-participation.user.period=1m",
        "hub.gateway.rate-limit.routes.survey-participation.user.burst=2"})
class RedisDownIT extends GatewayITBase {

    @Autowired
    RedisBackedRateLimiter limiter;

    @Test
    void without_redis_requests_are_served_without_delay_and_limited_by_local_buckets() {
        // The first request of a fresh gateway also fetches Keycloak's keys: not timed, another user.
        assertThat(publicPort().get("/api/mailbox/letters/RD-0", INFRA.user("citizen").token()).statusCode())
                .isEqualTo(200);
        Account citizen = INFRA.user("citizen");

        List<HttpResponse<String>> responses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long start = System.nanoTime();
            responses.add(publicPort().get("/api/mailbox/letters/RD-1", citizen.token()));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
        }

        assertThat(limiter.mode()).isEqualTo(RedisBackedRateLimiter.Mode.LOCAL);
        long served = responses.stream().filter(r -> r.statusCode() == 200).count();
        // burst 3, plus at most one token refilled while the six requests ran
        assertThat(served).isBetween(3L, 4L);
        assertProblem(responses.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow(), 429,
                "rate-limited");
        assertThat(MAILBOX.receivedFor("/letters/RD-1")).hasSize((int) served);
    }

    @Test
    void without_redis_a_citizens_participation_writes_are_limited_by_the_local_route_bucket() {
        Account citizen = INFRA.user("citizen");

        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> limited = null;
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> response = publicPort().send(publicPort().request("/api/survey/surveys/RD-2/responses")
                    .header("Authorization", "Bearer " + citizen.token())
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build());
            statuses.add(response.statusCode());
            limited = response;
        }

        assertThat(limiter.mode()).isEqualTo(RedisBackedRateLimiter.Mode.LOCAL);
        assertThat(statuses).containsExactly(200, 200, 429);
        assertProblem(limited, 429, "rate-limited");
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(SURVEY.receivedFor("/surveys/RD-2/responses")).hasSize(2);
    }
}

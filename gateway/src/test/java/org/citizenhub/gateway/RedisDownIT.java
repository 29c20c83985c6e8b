package org.citizenhub.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.citizenhub.testing.TestAccounts.Account;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The rate limiter's Redis is unreachable (nothing listens on port 1): requests are served, unlimited (fail open). */
@TestPropertySource(properties = {
        // A URL overrides the host and port the base class registers.
        "spring.data.redis.url=redis://127.0.0.1:1",
        "hub.gateway.rate-limit.groups.public.user.replenish-rate=1",
        "hub.gateway.rate-limit.groups.public.user.burst-capacity=1"})
class RedisDownIT extends GatewayITBase {

    @Test
    void without_redis_requests_are_let_through_without_limits_and_without_delay() {
        Account citizen = INFRA.user("citizen");

        // The first request of a fresh gateway also fetches Keycloak's keys: not timed.
        assertThat(publicPort().get("/api/mailbox/letters/RD-0", citizen.token()).statusCode()).isEqualTo(200);

        for (int i = 0; i < 4; i++) {
            Instant start = Instant.now();
            HttpResponse<String> response = publicPort().get("/api/mailbox/letters/RD-1", citizen.token());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(1));
        }
        // Burst capacity 1 would have limited these had Redis been there.
        assertThat(MAILBOX.receivedFor("/letters/RD-1")).hasSize(4);
    }
}

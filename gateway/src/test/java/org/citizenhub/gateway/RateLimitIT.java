package org.citizenhub.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.citizenhub.gateway.support.GatewayClient;
import org.citizenhub.testing.TestAccounts.Account;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Small buckets: per user on the public port (burst 3), per client address on the admin port (burst 3); the other
 * bucket of each port is large so that the one under test is the one that trips.
 */
@TestPropertySource(properties = {
        "hub.gateway.rate-limit.groups.public.user.replenish-rate=1",
        "hub.gateway.rate-limit.groups.public.user.burst-capacity=3",
        "hub.gateway.rate-limit.groups.public.ip.replenish-rate=100",
        "hub.gateway.rate-limit.groups.public.ip.burst-capacity=1000",
        "hub.gateway.rate-limit.groups.admin.user.replenish-rate=100",
        "hub.gateway.rate-limit.groups.admin.user.burst-capacity=1000",
        "hub.gateway.rate-limit.groups.admin.ip.replenish-rate=1",
        "hub.gateway.rate-limit.groups.admin.ip.burst-capacity=3"})
class RateLimitIT extends GatewayITBase {

    @Test
    void a_user_beyond_the_burst_gets_429_problem_json_with_retry_after_while_another_user_is_served() {
        Account busy = INFRA.user("citizen");
        Account other = INFRA.user("citizen");

        List<HttpResponse<String>> responses = burst(publicPort(), "/api/mailbox/letters/RL-1", busy.token(), 8);

        assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSizeGreaterThanOrEqualTo(3);
        HttpResponse<String> limited = responses.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
        assertProblem(limited, 429, "rate-limited");
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
        long served = responses.stream().filter(r -> r.statusCode() == 200).count();
        assertThat(MAILBOX.receivedFor("/letters/RL-1")).as("only served requests are forwarded").hasSize((int) served);
        assertThat(publicPort().get("/api/mailbox/letters/RL-1", other.token()).statusCode()).isEqualTo(200);
    }

    @Test
    void a_client_address_beyond_the_burst_gets_429_on_the_admin_port() {
        Account handler = INFRA.user("handler");

        List<HttpResponse<String>> responses = burst(adminPort(), "/admin/api/identity/departments", handler.token(), 8);

        HttpResponse<String> limited = responses.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
        assertProblem(limited, 429, "rate-limited");
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
    }

    /** {@code count} requests sent at once, so that even a slow machine sends them faster than 1 per second. */
    private static List<HttpResponse<String>> burst(GatewayClient client, String path, String token, int count) {
        List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pending.add(CompletableFuture.supplyAsync(() -> client.get(path, token), POOL));
        }
        return pending.stream().map(CompletableFuture::join).toList();
    }

    private static final ExecutorService POOL = Executors.newVirtualThreadPerTaskExecutor();
}

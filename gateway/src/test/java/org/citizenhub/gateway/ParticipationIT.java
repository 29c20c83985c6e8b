package org.citizenhub.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.citizenhub.gateway.streams.StreamLimitFilter;
import org.citizenhub.gateway.support.GatewayClient;
import org.citizenhub.testing.TestAccounts.Account;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Public participation through the gateway (issue 12): the per-citizen limit of participation writes, the invitation
 * answer path open without a token, and the interview live stream's own route (no time limit, its own limit of open
 * streams). Small limits: 2 participation writes per citizen and minute, 2 live streams per instance (the per-address
 * limit, 3, is above it: every test client has the same address).
 */
@TestPropertySource(properties = {
        "hub.gateway.rate-limit.routes.survey-participation.user.replenish=2",
        "hub.gateway.rate-limit.routes.survey-participation.user.period=1m",
        "hub.gateway.rate-limit.routes.survey-participation.user.burst=2",
        "hub.gateway.rate-limit.routes.survey-participation.ip.replenish=1000",
        "hub.gateway.rate-limit.routes.survey-participation.ip.burst=1000",
        "hub.gateway.streams.survey-interview-live.max-open=2",
        "hub.gateway.streams.survey-interview-live.max-open-per-client=3",
        // a stream route to the stopped consultation service
        "hub.gateway.streams.stopped-live.service=consultation",
        "hub.gateway.streams.stopped-live.path=/api/consultation/public/live/*"})
class ParticipationIT extends GatewayITBase {

    private static final String STREAM = "survey-interview-live";

    @Autowired
    StreamLimitFilter streams;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_citizen_beyond_the_participation_burst_gets_429_with_retry_after_while_another_citizen_still_answers() {
        Account busy = INFRA.user("citizen");
        Account other = INFRA.user("citizen");

        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> limited = null;
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> response = post("/api/survey/surveys/PL-1/responses", busy.token());
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                limited = response;
            }
        }

        assertThat(statuses).containsExactly(200, 200, 429, 429);
        assertProblem(limited, 429, "rate-limited");
        assertThat(limited.headers().firstValue("Retry-After")).as("2 a minute: a token every 30 s").hasValue("30");
        assertThat(SURVEY.receivedFor("/surveys/PL-1/responses")).as("only served writes are forwarded").hasSize(2);
        assertThat(post("/api/survey/surveys/PL-1/responses", other.token()).statusCode()).isEqualTo(200);
        assertThat(publicPort().get("/api/survey/surveys/PL-1/responses/mine", busy.token()).statusCode())
                .as("reading is not a participation write").isEqualTo(200);
        assertThat(post("/api/survey/surveys", busy.token()).statusCode())
                .as("back-office writes (creating a survey) are not participation").isEqualTo(200);
    }

    @Test
    void an_invitation_answer_needs_no_token_the_invitation_token_reaches_the_service() {
        HttpResponse<String> response = publicPort().send(publicPort()
                .request("/api/survey/public/surveys/IV-1/invitations/responses")
                .header("Invitation-Token", "tok-123")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(SURVEY.receivedFor("/public/surveys/IV-1/invitations/responses").getFirst().header("Invitation-Token"))
                .isEqualTo("tok-123");
        assertThat(publicPort().send(publicPort().request("/api/survey/public/surveys/IV-1/other")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build()).statusCode())
                .as("other public writes still need a token").isEqualTo(401);
    }

    @Test
    void a_live_stream_stays_open_longer_than_the_time_limit_that_cuts_a_slow_answer() throws Exception {
        Instant start = Instant.now();
        HttpResponse<String> response = http(publicPort().request("/api/survey/public/interviews/LS-1/live?ms=3000")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.between(start, Instant.now());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(took).as("the routes' time limit is 2 s").isGreaterThan(Duration.ofMillis(2900));
        assertThat(response.body()).contains(":connected", "event: answer", "event: end");
        awaitOpen(0);
    }

    @Test
    void a_stream_beyond_the_instance_limit_is_refused_until_an_open_one_ends() throws Exception {
        HttpResponse<InputStream> shorter = openStream("/api/survey/public/interviews/LS-2/live?ms=1000");
        HttpResponse<InputStream> longer = openStream("/api/survey/public/interviews/LS-2/live?ms=4000");
        assertThat(streams.open(STREAM)).isEqualTo(2);

        HttpResponse<String> refused = http(publicPort().request("/api/survey/public/interviews/LS-2/live")
                .header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofString());
        var problem = assertProblem(refused, 503, "stream-capacity-reached");
        assertThat(problem.path("title").asString()).isEqualTo("Live stream capacity reached");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        HttpResponse<String> refusedZh = http(publicPort().request("/api/survey/public/interviews/LS-2/live")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(GatewayClient.json(refusedZh).path("title").asString()).isEqualTo("直播流已满");

        String shorterBody = new String(shorter.body().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(shorterBody).contains("event: end");
        awaitOpen(1);

        HttpResponse<InputStream> next = openStream("/api/survey/public/interviews/LS-2/live?ms=200");
        assertThat(next.statusCode()).as("a finished stream frees its slot").isEqualTo(200);
        next.body().readAllBytes();
        longer.body().close();
        awaitOpen(0);
    }

    private HttpResponse<InputStream> openStream(String path) {
        HttpResponse<InputStream> response = http(publicPort().request(path).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    /** A slot is given back when the gateway has finished the response, a moment after the client read the end. */
    private void awaitOpen(int expected) {
        awaitOpen(STREAM, expected);
    }

    private void awaitOpen(String stream, int expected) {
        org.awaitility.Awaitility.await("open streams of " + stream).atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> assertThat(streams.open(stream)).isEqualTo(expected));
    }

    private HttpResponse<String> post(String path, String token) {
        return publicPort().send(publicPort().request(path)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    }

    private <T> HttpResponse<T> http(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }


    @Test
    void a_stream_whose_service_is_down_is_answered_503_problem_json_and_holds_no_slot() throws Exception {
        Instant start = Instant.now();
        HttpResponse<String> response = http(publicPort().request("/api/consultation/public/live/X-1").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        var problem = assertProblem(response, 503, "service-unavailable");
        assertThat(problem.path("instance").asString()).isEqualTo("/api/consultation/public/live/X-1");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMillis(1500));
        awaitOpen("stopped-live", 0);
    }
}

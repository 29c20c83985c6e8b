package org.citizenhub.consultation;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.MovableClock;
import org.citizenhub.testing.TestAccounts;
import org.citizenhub.testing.TestAccounts.Account;
import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the integration tests of the public side (knowledge base, Open311, statistics) share: one Spring context on
 * the real servers with a movable clock, the staff accounts of the 12345 centre, a department and a reviewer, and a
 * small HTTP client that takes a case through the workflow to a published answer.
 */
@HubIntegrationTest(properties = {
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo",
        "hub.casework.deadline-watch.interval=1h"})
@Import(PublicDataIT.MovedClock.class)
public abstract class PublicDataIT {

    protected static final String JSON = "application/json";
    protected static final String FORM = "application/x-www-form-urlencoded";
    protected static final String CENTRE = "D-12345";
    protected static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TestConfiguration
    public static class MovedClock {
        public static final MovableClock CLOCK = new MovableClock();

        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    protected static final Account dispatcher = TestAccounts.handler(CENTRE);
    protected static final Account education = TestAccounts.handler("D-EDUCATION");
    protected static final Account reviewer = TestAccounts.reviewer();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    protected int port;

    @AfterEach
    void realTimeAgain() {
        MovedClock.CLOCK.reset();
    }

    public record Response(int status, Map<String, List<String>> headers, String body) {
        public JsonNode json() {
            return MAPPER.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    protected Response request(String method, String path, Account who, String contentType, String body,
                               String... headers) {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (who != null) {
            builder.header("Authorization", who.bearer());
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            var response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected Response get(String path, Account who, String... headers) {
        return request("GET", path, who, null, null, headers);
    }

    protected Response post(String path, Account who, Object body, String... headers) {
        return request("POST", path, who, JSON, MAPPER.writeValueAsString(body), headers);
    }

    protected Response put(String path, Account who, Object body) {
        return request("PUT", path, who, JSON, MAPPER.writeValueAsString(body));
    }

    protected Response step(Account who, String tn, String step, Object body) {
        return post("/handling/cases/" + tn + "/" + step, who, body);
    }

    protected static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    protected static Map<String, Object> caseOf(String kind, String category, String title, String body) {
        var map = new LinkedHashMap<String, Object>();
        map.put("kind", kind);
        map.put("category", category);
        map.put("title", title);
        map.put("body", body);
        map.put("agreesToPublication", true);
        return map;
    }

    protected String submit(Account citizen, Map<String, Object> body) {
        return expect(post("/cases", citizen, body), 201).json().get("trackingNumber").asString();
    }

    /** Accepted by the centre, dispatched to {@code lead}, replied by {@code handler}, approved by the reviewer. */
    protected void answer(String tn, Account handler, String reply, boolean allowPublication) {
        expect(step(dispatcher, tn, "acceptance", Map.of()), 200);
        expect(step(dispatcher, tn, "dispatch", Map.of("lead", handler.department(), "coHandlers", List.of())), 200);
        expect(step(handler, tn, "reply", Map.of("text", reply)), 200);
        expect(step(reviewer, tn, "review", Map.of("approve", true, "allowPublication", allowPublication)), 200);
    }

    protected static Response expect(Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + " but was " + response.status() + ": " + response.body());
        }
        return response;
    }
}

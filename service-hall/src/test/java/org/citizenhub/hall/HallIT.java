package org.citizenhub.hall;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.citizenhub.sites.DemoSites;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.MovableClock;
import org.citizenhub.testing.TestAccounts;
import org.citizenhub.testing.TestAccounts.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every integration test of the hall shares: one Spring context on the real servers (same properties, same
 * movable clock, so the context is built once for the whole suite), the demo city's sites, and a small HTTP client
 * speaking to the service as the gateway would. Features add their own accounts and helpers in their own test
 * packages.
 */
@HubIntegrationTest(properties = {
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo",
        "hub.casework.deadline-watch.interval=1h",
        // the demo city's site directory, applied below: nothing another module's test publishes may change it
        "hub.sites.feed-enabled=false"})
@Import(HallIT.MovedClock.class)
public abstract class HallIT {

    protected static final String JSON = "application/json";
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

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected HubSites hubSites;

    /** The demo city (GOV) with the districts DONGCHENG and XICHENG; applying it again changes nothing. */
    @BeforeEach
    void theDemoCitysSites() {
        hubSites.apply(DemoSites.directory());
    }

    /**
     * Every test starts on a fixed working Monday of 2026 (tests move the clock from there): deadlines never reach
     * into a year whose holiday notice is not loaded yet, and the clock stays behind real time, since it also
     * checks token expiry.
     */
    @BeforeEach
    void aMondayIn2026() {
        MovedClock.CLOCK.set("2026-11-16T10:00");
    }

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

        public String problemType() {
            return json().get("type").asString().replace("https://citizenhub.example/problems/", "");
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

    /** A multipart/form-data upload of one file in part {@code file}, as a portal sends it. */
    protected Response upload(String path, Account who, String filename, byte[] content) {
        String boundary = "----hub" + System.nanoTime();
        var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", who.bearer())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
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

}

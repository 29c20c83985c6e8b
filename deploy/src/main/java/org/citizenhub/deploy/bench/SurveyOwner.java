package org.citizenhub.deploy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.citizenhub.infra.KeycloakAdmin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staff side of the {@code surveys} benchmark: a handler of {@value PopularSurvey#DEPARTMENT}
 * ({@value #USERNAME}, created in the local Keycloak on first use like the benchmark citizens) creates the popular
 * survey through survey-service's staff API, publishes its questionnaire and opens it at once; after the phase it
 * closes it early, so the survey a phase filled takes no more answers and the next phase starts on a fresh one.
 */
final class SurveyOwner {

    static final String USERNAME = "bench-survey-owner";
    /** Local Keycloak only, like the benchmark citizens' password. */
    static final String PASSWORD = "bench-survey-owner-2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KeycloakAdmin keycloak;
    private final String serviceUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private String token;
    private Instant tokenExpires = Instant.MIN;

    /** @param serviceUrl survey-service's own base URL (the staff API, not part of what is measured) */
    SurveyOwner(KeycloakAdmin keycloak, String serviceUrl) {
        this.keycloak = keycloak;
        this.serviceUrl = serviceUrl;
    }

    /**
     * Creates, publishes and opens a survey in {@code mode} (REAL_NAME or ANONYMOUS), with an overall maximum of
     * responses unless null; returns its id.
     */
    UUID openSurvey(String mode, Integer maxResponses, String label) {
        JsonNode created = JSON.readTree(call("POST", "/surveys", PopularSurvey.createBody(mode, label, maxResponses),
                201));
        UUID id = UUID.fromString(created.path("id").asString());
        call("POST", "/surveys/" + id + "/versions", null, 201);
        // opened a minute ago (its clock and ours may differ a little), closing tomorrow: open now
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        call("PUT", "/surveys/" + id + "/schedule", "{\"opensAt\":\"" + now.minusSeconds(60) + "\",\"closesAt\":\""
                + now.plus(Duration.ofDays(1)) + "\"}", 200);
        return id;
    }

    /** Closes the survey early; what it then announces (closed event, the anonymous pool mixed) is not measured. */
    void close(UUID id) {
        call("POST", "/surveys/" + id + "/close", null, 200);
    }

    /** How many responses the survey holds (anonymous pool included), as its staff view counts them. */
    long responses(UUID id) {
        JsonNode view = JSON.readTree(call("GET", "/surveys/" + id, null, 200));
        return view.path("responses").asLong(-1);
    }

    private synchronized String token() {
        if (token == null || Instant.now().isAfter(tokenExpires)) {
            JsonNode response;
            try {
                response = keycloak.tokenResponse(keycloak.realm(), KeycloakAdmin.DEV_CLIENT, USERNAME, PASSWORD);
            } catch (IllegalStateException noSuchUserYet) {
                keycloak.createUser(USERNAME, PASSWORD, List.of("handler"), PopularSurvey.DEPARTMENT);
                response = keycloak.tokenResponse(keycloak.realm(), KeycloakAdmin.DEV_CLIENT, USERNAME, PASSWORD);
            }
            token = response.path("access_token").asString();
            tokenExpires = Instant.now().plusSeconds(Math.max(5, response.path("expires_in").asLong(60) - 30));
        }
        return token;
    }

    private String call(String method, String path, String body, int expected) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(serviceUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException("survey set-up: " + method + " " + path + " answered HTTP "
                        + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("survey set-up: " + method + " " + serviceUrl + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

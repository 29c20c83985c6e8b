package org.citizenhub.deploy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.citizenhub.infra.KeycloakAdmin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's citizens in the local Keycloak: {@code bench-citizen-0001} ... with role {@code citizen}, created
 * through the admin API on first use and kept (later runs only log in), and one access token each from the
 * {@code hub-dev} public client with the password grant, as {@code TestAccounts} does. Local Keycloak only: the
 * admin account and {@code hub-dev} exist only there.
 */
final class CitizenAccounts {

    static final String PREFIX = "bench-citizen-";
    /** Local Keycloak only, like the demo accounts' passwords. */
    static final String PASSWORD = "bench-citizen-2026";
    static final String AUDIENCE = "citizen-hub-api";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Citizen(String username, String token, String refreshToken, Instant expiresAt) {
    }

    private final KeycloakAdmin keycloak;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private List<Citizen> citizens = List.of();

    CitizenAccounts(KeycloakAdmin keycloak) {
        this.keycloak = keycloak;
    }

    List<Citizen> citizens() {
        return citizens;
    }

    /** The earliest expiry of the tokens held. */
    Instant expiresAt() {
        return citizens.stream().map(Citizen::expiresAt).min(Instant::compareTo).orElse(Instant.MIN);
    }

    /**
     * Makes sure {@code count} accounts exist and holds a fresh token for each. Creating and logging in hash the
     * password in Keycloak, so this runs a few at a time and takes a while on the first run.
     */
    void login(int count) throws InterruptedException {
        List<Callable<Citizen>> tasks = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String username = String.format("%s%04d", PREFIX, i);
            tasks.add(() -> {
                try {
                    return citizen(username);
                } catch (RuntimeException e) {
                    // once more: with thousands of citizens (surveys scenario) one slow answer of a busy Keycloak
                    // should not end the run
                    return citizen(username);
                }
            });
        }
        citizens = all(tasks);
    }

    /**
     * New access tokens for the citizens held, with the refresh-token grant (no password hashing in Keycloak, so
     * much cheaper than logging in again); a citizen whose refresh fails logs in again.
     */
    void renew() throws InterruptedException {
        List<Callable<Citizen>> tasks = new ArrayList<>();
        for (Citizen c : citizens) {
            tasks.add(() -> {
                try {
                    return refreshed(c);
                } catch (RuntimeException e) {
                    return citizen(c.username());
                }
            });
        }
        citizens = all(tasks);
    }

    private static List<Citizen> all(List<Callable<Citizen>> tasks) throws InterruptedException {
        List<Future<Citizen>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (Callable<Citizen> task : tasks) {
                futures.add(pool.submit(task));
            }
            List<Citizen> list = new ArrayList<>();
            for (Future<Citizen> f : futures) {
                try {
                    list.add(f.get());
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    throw new IllegalStateException("could not log in a benchmark citizen: " + e.getCause().getMessage(),
                            e.getCause());
                }
            }
            return List.copyOf(list);
        }
    }

    private Citizen citizen(String username) {
        JsonNode response;
        try {
            response = keycloak.tokenResponse(keycloak.realm(), KeycloakAdmin.DEV_CLIENT, username, PASSWORD);
        } catch (IllegalStateException noSuchUserYet) {
            // first run (or a reset Keycloak): create the citizen, then log in
            keycloak.createUser(username, PASSWORD, List.of("citizen"), null);
            response = keycloak.tokenResponse(keycloak.realm(), KeycloakAdmin.DEV_CLIENT, username, PASSWORD);
        }
        return fromTokenResponse(username, response);
    }

    private Citizen refreshed(Citizen c) {
        String form = "grant_type=refresh_token&client_id=" + KeycloakAdmin.DEV_CLIENT + "&refresh_token="
                + URLEncoder.encode(c.refreshToken(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.issuer() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("refresh for " + c.username() + ": HTTP " + response.statusCode());
            }
            return fromTokenResponse(c.username(), JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Citizen fromTokenResponse(String username, JsonNode response) {
        String token = response.path("access_token").asString();
        if (!audiences(token).contains(AUDIENCE)) {
            throw new IllegalStateException("the token of " + username + " lacks audience " + AUDIENCE
                    + " (client scope hub-api); the gateway and the service would refuse it");
        }
        long lifetime = response.path("expires_in").asLong(300);
        return new Citizen(username, token, response.path("refresh_token").asString(),
                Instant.now().plus(Duration.ofSeconds(lifetime)));
    }

    /** The {@code aud} claim of a JWT (not verified: only a sanity check of what Keycloak issued). */
    static List<String> audiences(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return List.of();
        }
        JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        JsonNode aud = claims.path("aud");
        List<String> list = new ArrayList<>();
        if (aud.isArray()) {
            aud.forEach(a -> list.add(a.asString()));
        } else if (aud.isString()) {
            list.add(aud.asString());
        }
        return list;
    }
}

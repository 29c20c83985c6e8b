package org.citizenhub.gateway.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.citizenhub.infra.KeycloakAdmin;
import org.citizenhub.infra.KeycloakServer;
import org.citizenhub.infra.RedisServerProcess;

/**
 * The real servers the gateway's integration tests need: Keycloak (realm citizen-hub, hub-dev client) and Redis.
 * Started once per test JVM and stopped by a shutdown hook.
 */
public final class GatewayInfrastructure {

    private static GatewayInfrastructure instance;

    private final String keycloakUrl;
    private final String issuer;
    private final KeycloakAdmin admin;
    private final String redisHost;
    private final int redisPort;
    private final String adminUsername;
    private final String adminPassword;

    private GatewayInfrastructure(String keycloakUrl, String issuer, KeycloakAdmin admin, String redisHost,
                                  int redisPort, String adminUsername, String adminPassword) {
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        this.keycloakUrl = keycloakUrl;
        this.issuer = issuer;
        this.admin = admin;
        this.redisHost = redisHost;
        this.redisPort = redisPort;
    }

    public static synchronized GatewayInfrastructure get() {
        if (instance == null) {
            instance = startOwn();
        }
        return instance;
    }

    private static GatewayInfrastructure startOwn() {
        try {
            RedisServerProcess redis = RedisServerProcess.start(0);
            Path workDir = Files.createTempDirectory("gateway-it-keycloak");
            KeycloakServer keycloak = KeycloakServer.start(0, workDir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                keycloak.stop();
                redis.stop();
            }, "gateway-it-infra-stop"));
            keycloak.importRealm(KeycloakAdmin.REALM_RESOURCE);
            keycloak.createDevClient(KeycloakAdmin.DEV_CLIENT);
            return new GatewayInfrastructure(keycloak.baseUrl(), keycloak.issuer(), keycloak.admin(), redis.host(),
                    redis.port(), KeycloakServer.ADMIN_USERNAME, KeycloakServer.ADMIN_PASSWORD);
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String keycloakUrl() {
        return keycloakUrl;
    }

    public String issuer() {
        return issuer;
    }

    public KeycloakAdmin admin() {
        return admin;
    }

    public String redisHost() {
        return redisHost;
    }

    public int redisPort() {
        return redisPort;
    }

    /** A new user with these realm roles and a real access token from the hub-dev client. */
    public User user(String... roles) {
        String username = "gw-" + String.join("-", roles) + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        String id = admin.createUser(username, password, List.of(roles), null);
        return new User(username, password, id, admin.token(username, password));
    }

    /** A master-realm access token of Keycloak's bootstrap admin: valid, but from another issuer. */
    public String masterRealmToken() {
        return admin.tokenResponse("master", "admin-cli", adminUsername, adminPassword).path("access_token").asString();
    }

    /**
     * An access token of a new user from a new public client whose tokens live {@code lifespanSeconds}
     * (Keycloak client attribute {@code access.token.lifespan}).
     */
    public String shortLivedToken(int lifespanSeconds, String... roles) {
        String clientId = "gw-short-" + UUID.randomUUID().toString().substring(0, 8);
        String client = "{\"clientId\":\"" + clientId + "\",\"enabled\":true,\"publicClient\":true,"
                + "\"directAccessGrantsEnabled\":true,\"standardFlowEnabled\":false,"
                + "\"attributes\":{\"access.token.lifespan\":\"" + lifespanSeconds + "\"}}";
        String adminToken = masterRealmToken();
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/" + admin.realm() + "/clients"))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client))
                .build();
        try {
            HttpResponse<String> created = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("creating client " + clientId + ": HTTP " + created.statusCode() + " "
                        + created.body());
            }
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String username = "gw-short-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        admin.createUser(username, password, List.of(roles), null);
        return admin.token(clientId, username, password);
    }

    public record User(String username, String password, String id, String token) {
    }
}

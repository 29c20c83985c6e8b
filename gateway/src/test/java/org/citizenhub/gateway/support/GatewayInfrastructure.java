package org.citizenhub.gateway.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.citizenhub.infra.KeycloakAdmin;
import org.citizenhub.infra.HubEndpoints;
import org.citizenhub.testing.SharedInfrastructure;
import org.citizenhub.testing.TestAccounts;
import org.citizenhub.testing.TestAccounts.Account;

/**
 * The real servers the gateway's integration tests need, from platform/testing's {@link SharedInfrastructure}
 * (Keycloak with the citizen-hub realm and the hub-dev client, Redis; an infrastructure file of {@code ./hub test} or
 * started once in this JVM), plus what only the gateway's tests need: tokens of another issuer and short-lived tokens.
 */
public final class GatewayInfrastructure {

    private static GatewayInfrastructure instance;

    private final HubEndpoints endpoints;
    private final KeycloakAdmin admin;

    private GatewayInfrastructure(HubEndpoints endpoints) {
        this.endpoints = endpoints;
        this.admin = endpoints.keycloakAdmin();
    }

    public static synchronized GatewayInfrastructure get() {
        if (instance == null) {
            instance = new GatewayInfrastructure(SharedInfrastructure.get());
        }
        return instance;
    }

    public String issuer() {
        return endpoints.keycloakIssuer();
    }

    public String redisHost() {
        return endpoints.redisHost();
    }

    public int redisPort() {
        return endpoints.redisPort();
    }

    /** A new user with these realm roles; {@code token()} is a real access token from the hub-dev client. */
    public Account user(String... roles) {
        return TestAccounts.withRoles(null, roles);
    }

    /**
     * A client-credentials token of a machine client of another government system (no user, no realm roles; the
     * audience {@code citizen-hub-api} and the scope asked for), the client and scope created if missing.
     */
    public String machineClientToken(String scope) {
        admin.ensureClientScope(scope, "gateway tests: a machine client's scope");
        admin.ensureMachineClient("gw-machine-client", "gw-machine-client-secret", java.util.List.of("basic", "hub-api"),
                java.util.List.of(scope));
        return admin.clientCredentialsToken("gw-machine-client", "gw-machine-client-secret", scope);
    }

    /** A master-realm access token of Keycloak's bootstrap admin: valid, but from another issuer. */
    public String masterRealmToken() {
        return admin.tokenResponse("master", "admin-cli", endpoints.keycloakAdminUsername(),
                endpoints.keycloakAdminPassword()).path("access_token").asString();
    }

    /**
     * An access token of a new user from a new public client whose tokens live {@code lifespanSeconds}
     * (Keycloak client attribute {@code access.token.lifespan}).
     */
    public String shortLivedToken(int lifespanSeconds, String... roles) {
        return tokenOfNewClient("gw-short-", "\"attributes\":{\"access.token.lifespan\":\"" + lifespanSeconds + "\"}",
                roles);
    }

    /**
     * An access token of a new user from a new public client whose default client scopes are the standard ones
     * plus {@code department}, but <b>not</b> {@code hub-api}: a real token of the realm without the audience
     * {@code citizen-hub-api} (like one issued to Keycloak's own account console).
     */
    public String tokenWithoutHubApiAudience(String... roles) {
        return tokenOfNewClient("gw-no-aud-", "\"defaultClientScopes\":[\"basic\",\"acr\",\"profile\",\"email\","
                + "\"roles\",\"web-origins\",\"department\"]", roles);
    }

    /** Creates a public direct-grant client (with the extra representation members given) and a user; its token. */
    private String tokenOfNewClient(String prefix, String extraMembers, String... roles) {
        String clientId = prefix + UUID.randomUUID().toString().substring(0, 8);
        String client = "{\"clientId\":\"" + clientId + "\",\"enabled\":true,\"publicClient\":true,"
                + "\"directAccessGrantsEnabled\":true,\"standardFlowEnabled\":false," + extraMembers + "}";
        String adminToken = masterRealmToken();
        URI clients = URI.create(endpoints.keycloakUrl() + "/admin/realms/" + admin.realm() + "/clients");
        HttpRequest request = HttpRequest.newBuilder(clients)
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client))
                .build();
        try {
            HttpResponse<String> created = HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString());
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
        String username = prefix + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        admin.createUser(username, password, List.of(roles), null);
        return admin.token(clientId, username, password);
    }

}

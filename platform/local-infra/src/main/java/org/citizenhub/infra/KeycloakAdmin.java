package org.citizenhub.infra;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Keycloak's admin REST API and token endpoint, for the local runner and the tests only: realm import, the
 * {@code hub-dev} public client (password grant), users with realm roles and a department, tokens.
 * Works against any running Keycloak given its URL and bootstrap admin account.
 */
public final class KeycloakAdmin {

    public static final String REALM = "citizen-hub";
    public static final String DEV_CLIENT = "hub-dev";
    public static final String REALM_RESOURCE = "keycloak/citizen-hub-realm.json";
    private static final System.Logger LOG = System.getLogger(KeycloakAdmin.class.getName());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final String adminUser;
    private final String adminPassword;
    private final String realm;
    private final HttpClient http;
    private String adminToken;
    private Instant adminTokenExpires = Instant.MIN;

    public KeycloakAdmin(String baseUrl, String adminUser, String adminPassword) {
        this(baseUrl, adminUser, adminPassword, REALM);
    }

    public KeycloakAdmin(String baseUrl, String adminUser, String adminPassword, String realm) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.realm = realm;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String realm() {
        return realm;
    }

    public String issuer() {
        return baseUrl + "/realms/" + realm;
    }

    /** Reads the realm from the classpath ({@value #REALM_RESOURCE} unless told otherwise). */
    public static byte[] realmFromClasspath(String resource) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl == null) {
            cl = KeycloakAdmin.class.getClassLoader();
        }
        try (InputStream in = cl.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("realm resource " + name + " not on the classpath (it comes from"
                        + " identity/realm/citizen-hub-realm.json; set -Dhub.keycloak.realm-file=PATH to use another file)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The realm definition to import: the file named by system property / env {@code hub.keycloak.realm-file} /
     * {@code HUB_KEYCLOAK_REALM_FILE} if set, else the classpath resource {@value #REALM_RESOURCE}.
     */
    public static byte[] defaultRealm() {
        String file = System.getProperty("hub.keycloak.realm-file", System.getenv("HUB_KEYCLOAK_REALM_FILE"));
        if (file != null && !file.isBlank()) {
            try {
                return Files.readAllBytes(Path.of(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read realm file " + file, e);
            }
        }
        return realmFromClasspath(REALM_RESOURCE);
    }

    /** Imports the realm unless a realm of that name exists already (a kept local hub). Returns true if imported. */
    public boolean importRealm(byte[] realmJson) {
        JsonNode realmNode = JSON.readTree(realmJson);
        String name = realmNode.path("realm").asString();
        if (!realm.equals(name)) {
            throw new IllegalArgumentException("realm file defines realm '" + name + "', expected '" + realm + "'");
        }
        if (send(request("/admin/realms/" + realm).GET(), 200, 404).statusCode() == 200) {
            LOG.log(System.Logger.Level.INFO, "realm " + realm + " exists, not imported again");
            addWhatTheRealmFileGained(realmNode);
            return false;
        }
        send(request("/admin/realms").POST(HttpRequest.BodyPublishers.ofByteArray(realmJson)), 201);
        allowUnmanagedAttributesForAdmins();
        return true;
    }

    /**
     * A kept local Keycloak (an earlier {@code ./hub start}) holds the realm as it was then; what the realm file
     * gained since must reach it, or new roles and claims would be missing locally (e.g. the {@code site-admin}
     * role and the {@code site} claim of issue 10, the {@code events.*} scopes and machine clients of issue 13).
     * Adds realm roles, client scopes, client-scope mappers and clients that are missing, links the file's default
     * and optional client scopes that an existing client lacks, and puts the file's user profile; never removes or
     * changes anything else, so local users, their data and changed client secrets stay.
     */
    private void addWhatTheRealmFileGained(JsonNode realmFile) {
        String base = "/admin/realms/" + realm;
        JsonNode roles = JSON.readTree(send(request(base + "/roles").GET(), 200).body());
        java.util.Set<String> existingRoles = new java.util.HashSet<>();
        roles.forEach(r -> existingRoles.add(r.path("name").asString()));
        for (JsonNode role : realmFile.path("roles").path("realm")) {
            String name = role.path("name").asString();
            if (!existingRoles.contains(name) && !role.path("composite").asBoolean(false)) {
                ObjectNode create = JSON.createObjectNode();
                create.put("name", name);
                create.put("description", role.path("description").asString(""));
                send(request(base + "/roles").POST(body(create)), 201, 409);
                LOG.log(System.Logger.Level.INFO, "realm " + realm + ": added role " + name + " from the realm file");
            }
        }
        JsonNode scopes = JSON.readTree(send(request(base + "/client-scopes").GET(), 200).body());
        for (JsonNode fileScope : realmFile.path("clientScopes")) {
            String scopeName = fileScope.path("name").asString();
            for (JsonNode scope : scopes) {
                if (!scope.path("name").asString().equals(scopeName)) {
                    continue;
                }
                java.util.Set<String> mappers = new java.util.HashSet<>();
                scope.path("protocolMappers").forEach(m -> mappers.add(m.path("name").asString()));
                for (JsonNode mapper : fileScope.path("protocolMappers")) {
                    if (!mappers.contains(mapper.path("name").asString())) {
                        ObjectNode create = (ObjectNode) mapper.deepCopy();
                        create.remove("id");
                        send(request(base + "/client-scopes/" + scope.path("id").asString()
                                + "/protocol-mappers/models").POST(body(create)), 201, 409);
                        LOG.log(System.Logger.Level.INFO, "realm " + realm + ": added mapper "
                                + mapper.path("name").asString() + " to client scope " + scopeName);
                    }
                }
            }
        }
        addMissingClientScopesAndClients(realmFile);
        for (JsonNode component : realmFile.path("components").path("org.keycloak.userprofile.UserProfileProvider")) {
            JsonNode config = component.path("config").path("kc.user.profile.config");
            if (config.isArray() && !config.isEmpty()) {
                send(request(base + "/users/profile").PUT(HttpRequest.BodyPublishers.ofString(config.get(0).asString())),
                        200);
            }
        }
    }

    /** Client scopes and clients of the realm file missing here are created; missing scope links are added. */
    private void addMissingClientScopesAndClients(JsonNode realmFile) {
        String base = "/admin/realms/" + realm;
        for (JsonNode fileScope : realmFile.path("clientScopes")) {
            String name = fileScope.path("name").asString();
            if (clientScopeId(name) == null) {
                ObjectNode create = (ObjectNode) fileScope.deepCopy();
                create.remove("id");
                if (create.path("protocolMappers") instanceof ArrayNode mappers) {
                    mappers.forEach(m -> ((ObjectNode) m).remove("id"));
                }
                send(request(base + "/client-scopes").POST(body(create)), 201, 409);
                LOG.log(System.Logger.Level.INFO, "realm " + realm + ": added client scope " + name
                        + " from the realm file");
            }
        }
        for (JsonNode fileClient : realmFile.path("clients")) {
            String clientId = fileClient.path("clientId").asString();
            if (clientUuid(clientId) == null) {
                ObjectNode create = (ObjectNode) fileClient.deepCopy();
                create.remove("id");
                if (create.path("protocolMappers") instanceof ArrayNode mappers) {
                    mappers.forEach(m -> ((ObjectNode) m).remove("id"));
                }
                send(request(base + "/clients").POST(body(create)), 201, 409);
                LOG.log(System.Logger.Level.INFO, "realm " + realm + ": added client " + clientId
                        + " from the realm file");
            }
            String uuid = clientUuid(clientId);
            if (uuid != null) {
                linkClientScopes(uuid, "default", names(fileClient.path("defaultClientScopes")));
                linkClientScopes(uuid, "optional", names(fileClient.path("optionalClientScopes")));
            }
        }
    }

    /**
     * Creates the client scope {@code name} (OpenID Connect, written into the token's {@code scope} claim) unless
     * it exists; returns its id. For machine-client scopes such as {@code events.mailbox}.
     */
    public String ensureClientScope(String name, String description) {
        String id = clientScopeId(name);
        if (id != null) {
            return id;
        }
        ObjectNode scope = JSON.createObjectNode();
        scope.put("name", name);
        scope.put("description", description);
        scope.put("protocol", "openid-connect");
        ObjectNode attributes = scope.putObject("attributes");
        attributes.put("include.in.token.scope", "true");
        attributes.put("display.on.consent.screen", "false");
        send(request("/admin/realms/" + realm + "/client-scopes").POST(body(scope)), 201, 409);
        return clientScopeId(name);
    }

    /**
     * Creates (unless it exists) a confidential client with the client-credentials grant only, and links the given
     * default and optional client scopes (which must exist) if it lacks them. Idempotent.
     */
    public void ensureMachineClient(String clientId, String secret, Collection<String> defaultScopes,
                                    Collection<String> optionalScopes) {
        if (clientUuid(clientId) == null) {
            ObjectNode client = JSON.createObjectNode();
            client.put("clientId", clientId);
            client.put("name", clientId);
            client.put("enabled", true);
            client.put("protocol", "openid-connect");
            client.put("publicClient", false);
            client.put("clientAuthenticatorType", "client-secret");
            client.put("secret", secret);
            client.put("serviceAccountsEnabled", true);
            client.put("standardFlowEnabled", false);
            client.put("implicitFlowEnabled", false);
            client.put("directAccessGrantsEnabled", false);
            client.put("fullScopeAllowed", false);
            send(request("/admin/realms/" + realm + "/clients").POST(body(client)), 201, 409);
        }
        String uuid = clientUuid(clientId);
        linkClientScopes(uuid, "default", defaultScopes);
        linkClientScopes(uuid, "optional", optionalScopes);
    }

    /** The client's default or optional client scopes, by name. */
    public java.util.Set<String> clientScopesOf(String clientId, String kind) {
        String uuid = clientUuid(clientId);
        if (uuid == null) {
            throw new IllegalStateException("no client " + clientId + " in realm " + realm);
        }
        java.util.Set<String> linked = new java.util.TreeSet<>();
        JSON.readTree(send(request("/admin/realms/" + realm + "/clients/" + uuid + "/" + kind + "-client-scopes")
                .GET(), 200).body()).forEach(s -> linked.add(s.path("name").asString()));
        return linked;
    }

    /** An access token of a machine client (client-credentials grant), asking for {@code scope} (null: defaults). */
    public String clientCredentialsToken(String clientId, String secret, String scope) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", secret);
        if (scope != null && !scope.isBlank()) {
            form.put("scope", scope);
        }
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(issuer()
                        + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("client-credentials token for " + clientId + " failed: HTTP "
                    + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    private void linkClientScopes(String clientUuid, String kind, Collection<String> names) {
        String path = "/admin/realms/" + realm + "/clients/" + clientUuid + "/" + kind + "-client-scopes";
        java.util.Set<String> linked = new java.util.HashSet<>();
        JSON.readTree(send(request(path).GET(), 200).body()).forEach(s -> linked.add(s.path("name").asString()));
        for (String name : names) {
            String scopeId = linked.contains(name) ? null : clientScopeId(name);
            if (scopeId != null) {
                send(request(path + "/" + scopeId).PUT(HttpRequest.BodyPublishers.noBody()), 204, 409);
                LOG.log(System.Logger.Level.INFO, "realm " + realm + ": linked " + kind + " client scope " + name
                        + " to client " + clientUuid);
            }
        }
    }

    private String clientScopeId(String name) {
        for (JsonNode scope : JSON.readTree(send(request("/admin/realms/" + realm + "/client-scopes").GET(), 200)
                .body())) {
            if (scope.path("name").asString().equals(name)) {
                return scope.path("id").asString();
            }
        }
        return null;
    }

    private String clientUuid(String clientId) {
        JsonNode clients = JSON.readTree(send(request("/admin/realms/" + realm + "/clients?clientId="
                + encode(clientId)).GET(), 200).body());
        for (JsonNode client : clients) {
            if (client.path("clientId").asString().equals(clientId)) {
                return client.path("id").asString();
            }
        }
        return null;
    }

    private static java.util.List<String> names(JsonNode array) {
        java.util.List<String> names = new java.util.ArrayList<>();
        array.forEach(n -> names.add(n.asString()));
        return names;
    }

    /** Deletes this admin's realm (tests that import a realm of their own clean up with it). */
    public void deleteRealm() {
        send(request("/admin/realms/" + realm).DELETE(), 204, 404);
    }

    public boolean importRealm(String classpathResource) {
        return importRealm(realmFromClasspath(classpathResource));
    }

    public boolean importRealm(Path realmFile) {
        try {
            return importRealm(Files.readAllBytes(realmFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The contract requires the realm to let admins edit unmanaged attributes (the {@code department}); if the
     * realm file does not, tokens would silently miss the claim, so the local copy is fixed up with a warning.
     */
    private void allowUnmanagedAttributesForAdmins() {
        HttpResponse<String> profile = send(request("/admin/realms/" + realm + "/users/profile").GET(), 200, 404);
        if (profile.statusCode() != 200) {
            return;
        }
        ObjectNode config = (ObjectNode) JSON.readTree(profile.body());
        String policy = config.path("unmanagedAttributePolicy").asString("");
        if (policy.equals("ADMIN_EDIT") || policy.equals("ENABLED")) {
            return;
        }
        LOG.log(System.Logger.Level.WARNING, "realm " + realm + " does not allow unmanaged attributes (department);"
                + " enabling ADMIN_EDIT in this local Keycloak");
        config.put("unmanagedAttributePolicy", "ADMIN_EDIT");
        send(request("/admin/realms/" + realm + "/users/profile").PUT(body(config)), 200);
    }

    /** Creates the public client {@code clientId} with direct access grants (local and tests only). Idempotent. */
    public void createDevClient(String clientId) {
        ObjectNode client = JSON.createObjectNode();
        client.put("clientId", clientId);
        client.put("name", "Local development and tests (password grant) - never in production");
        client.put("enabled", true);
        client.put("publicClient", true);
        client.put("directAccessGrantsEnabled", true);
        client.put("standardFlowEnabled", false);
        client.put("implicitFlowEnabled", false);
        client.put("serviceAccountsEnabled", false);
        client.put("protocol", "openid-connect");
        int status = send(request("/admin/realms/" + realm + "/clients").POST(body(client)), 201, 409).statusCode();
        if (status == 409) {
            LOG.log(System.Logger.Level.DEBUG, "client " + clientId + " exists");
        }
    }

    /**
     * Creates (or, if the username exists, updates the password, roles and department of) a user with the given
     * realm roles and {@code department} attribute (null = none). Returns the user id.
     */
    public String createUser(String username, String password, Collection<String> roles, String department) {
        return createUser(username, password, roles, department, null);
    }

    /**
     * Like {@link #createUser(String, String, Collection, String)} with the {@code site} attribute too (null = none):
     * the site a site administrator, site supervisor or site reviewer works for.
     */
    public String createUser(String username, String password, Collection<String> roles, String department,
                             String site) {
        ObjectNode user = JSON.createObjectNode();
        user.put("username", username);
        user.put("enabled", true);
        user.put("email", username.toLowerCase().replaceAll("[^a-z0-9._-]", "-") + "@citizenhub.test");
        user.put("emailVerified", true);
        user.put("firstName", username);
        user.put("lastName", "Test");
        if (department != null) {
            user.withObjectProperty("attributes").putArray("department").add(department);
        }
        if (site != null) {
            user.withObjectProperty("attributes").putArray("site").add(site);
        }
        ArrayNode credentials = user.putArray("credentials");
        ObjectNode credential = credentials.addObject();
        credential.put("type", "password");
        credential.put("value", password);
        credential.put("temporary", false);
        HttpResponse<String> created = send(request("/admin/realms/" + realm + "/users").POST(body(user)), 201, 409);
        String id;
        if (created.statusCode() == 201) {
            String location = created.headers().firstValue("Location").orElseThrow();
            id = location.substring(location.lastIndexOf('/') + 1);
        } else {
            id = userId(username);
            ObjectNode reset = JSON.createObjectNode();
            reset.put("type", "password");
            reset.put("value", password);
            reset.put("temporary", false);
            send(request("/admin/realms/" + realm + "/users/" + id + "/reset-password").PUT(body(reset)), 204);
            if (department != null || site != null) {
                ObjectNode update = JSON.createObjectNode();
                update.put("username", username);
                update.put("email", user.path("email").asString());
                update.put("firstName", username);
                update.put("lastName", "Test");
                update.set("attributes", user.path("attributes"));
                send(request("/admin/realms/" + realm + "/users/" + id).PUT(body(update)), 204);
            }
        }
        if (!roles.isEmpty()) {
            ArrayNode mappings = JSON.createArrayNode();
            for (String role : roles) {
                mappings.add(JSON.readTree(send(request("/admin/realms/" + realm + "/roles/"
                        + encode(role)).GET(), 200).body()));
            }
            send(request("/admin/realms/" + realm + "/users/" + id + "/role-mappings/realm").POST(body(mappings)), 204);
        }
        if (!roles.contains("citizen")) {
            // Keycloak gives every new user the realm's default roles, which include citizen (right for
            // self-registration). Staff accounts must hold exactly the roles they were given: separation of duties.
            ArrayNode defaults = JSON.createArrayNode();
            defaults.add(JSON.readTree(send(request("/admin/realms/" + realm + "/roles/"
                    + encode("default-roles-" + realm)).GET(), 200).body()));
            send(request("/admin/realms/" + realm + "/users/" + id + "/role-mappings/realm")
                    .method("DELETE", body(defaults)), 204);
        }
        return id;
    }

    public String userId(String username) {
        JsonNode users = JSON.readTree(send(request("/admin/realms/" + realm + "/users?exact=true&username="
                + encode(username)).GET(), 200).body());
        if (users.isEmpty()) {
            throw new IllegalStateException("no user " + username + " in realm " + realm);
        }
        return users.get(0).path("id").asString();
    }

    /** An access token for the user from the {@code hub-dev} client (password grant). */
    public String token(String username, String password) {
        return token(DEV_CLIENT, username, password);
    }

    public String token(String clientId, String username, String password) {
        return tokenResponse(realm, clientId, username, password).path("access_token").asString();
    }

    /** The full token endpoint response (access_token, refresh_token, expires_in, ...). */
    public JsonNode tokenResponse(String realmName, String clientId, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(baseUrl + "/realms/" + realmName
                        + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form)));
        HttpResponse<String> response = exchange(req.build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request for " + username + " at " + realmName + "/" + clientId
                    + " failed: HTTP " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    // --- plumbing ---------------------------------------------------------------------------------------

    private synchronized String adminToken() {
        if (adminToken == null || Instant.now().isAfter(adminTokenExpires)) {
            JsonNode response = tokenResponse("master", "admin-cli", adminUser, adminPassword);
            adminToken = response.path("access_token").asString();
            adminTokenExpires = Instant.now().plusSeconds(Math.max(5, response.path("expires_in").asInt(60) - 15));
        }
        return adminToken;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request, int... expected) {
        HttpRequest built = request.build();
        HttpResponse<String> response = exchange(built);
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        throw new IllegalStateException("Keycloak " + built.method() + " " + built.uri().getPath() + " answered HTTP "
                + response.statusCode() + ": " + response.body());
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak " + request.uri() + " not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher body(JsonNode node) {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(node), StandardCharsets.UTF_8);
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(Objects.requireNonNull(e.getValue(), e.getKey())))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

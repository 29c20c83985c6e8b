package org.citizenhub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.citizenhub.infra.KeycloakAdmin;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local hub kept from before a realm change (its Keycloak imported an older realm file) gains what the file
 * gained — the issue 10 {@code site-admin} role and {@code site} claim, the issue 13 {@code events.*} client scopes
 * and machine clients — the next time it starts, without losing its users.
 */
class KeptRealmUpgradeIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void a_kept_realm_without_sites_gains_the_site_admin_role_and_the_site_claim_and_keeps_its_users() {
        var endpoints = SharedInfrastructure.get();
        String name = "kept-" + UUID.randomUUID().toString().substring(0, 8);
        // the realm's default role is named after the realm
        ObjectNode current = (ObjectNode) JSON.readTree(new String(KeycloakAdmin.defaultRealm(), StandardCharsets.UTF_8)
                .replace("default-roles-citizen-hub", "default-roles-" + name));
        current.put("realm", name);
        ObjectNode before = current.deepCopy();
        stripSites(before);
        var admin = new KeycloakAdmin(endpoints.keycloakUrl(), endpoints.keycloakAdminUsername(),
                endpoints.keycloakAdminPassword(), name);
        try {
            assertThat(admin.importRealm(JSON.writeValueAsBytes(before))).isTrue();
            admin.createDevClient(KeycloakAdmin.DEV_CLIENT);
            admin.createUser("old-user", "old-user-password-1", List.of("handler"), "D-TRANSPORT");

            assertThat(admin.importRealm(JSON.writeValueAsBytes(current))).isFalse();

            admin.createUser("district-admin", "district-admin-pw-1", List.of("site-admin"), null, "DONGCHENG");
            JsonNode claims = claims(admin.token("district-admin", "district-admin-pw-1"));
            assertThat(claims.path("site").asString()).isEqualTo("DONGCHENG");
            assertThat(claims.path("realm_access").path("roles").toString()).contains("site-admin");
            assertThat(claims(admin.token("old-user", "old-user-password-1")).path("department").asString())
                    .isEqualTo("D-TRANSPORT");
        } finally {
            admin.deleteRealm();
        }
    }

    @Test
    void a_kept_realm_from_before_the_exchange_gains_the_event_scopes_and_the_machine_clients() {
        var endpoints = SharedInfrastructure.get();
        String name = "kept-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode current = (ObjectNode) JSON.readTree(new String(KeycloakAdmin.defaultRealm(), StandardCharsets.UTF_8)
                .replace("default-roles-citizen-hub", "default-roles-" + name));
        current.put("realm", name);
        ObjectNode before = current.deepCopy();
        stripExchange(before);
        var admin = new KeycloakAdmin(endpoints.keycloakUrl(), endpoints.keycloakAdminUsername(),
                endpoints.keycloakAdminPassword(), name);
        try {
            assertThat(admin.importRealm(JSON.writeValueAsBytes(before))).isTrue();
            assertThat(admin.clientScopesOf("gov-exchange", "optional")).doesNotContain("events.mailbox");

            assertThat(admin.importRealm(JSON.writeValueAsBytes(current))).isFalse();

            assertThat(admin.clientScopesOf("gov-exchange", "optional")).contains("events.read", "events.mailbox",
                    "events.consultation", "events.hall", "events.survey", "events.casework", "events.supervision");
            assertThat(admin.clientScopesOf("gov-exchange-demo", "optional"))
                    .containsExactlyInAnyOrder("events.mailbox", "events.hall");
            JsonNode claims = claims(admin.clientCredentialsToken("gov-exchange-demo",
                    "local-dev-secret-gov-exchange-demo", "events.mailbox"));
            assertThat(claims.path("scope").asString().split(" ")).contains("events.mailbox")
                    .doesNotContain("events.hall");
            assertThat(claims.path("aud").toString()).contains("citizen-hub-api");
        } finally {
            admin.deleteRealm();
        }
    }

    /** The realm as it was before issue 13: no events.* scopes, no demo machine client. */
    private static void stripExchange(ObjectNode realm) {
        ArrayNode scopes = (ArrayNode) realm.path("clientScopes");
        for (int i = scopes.size() - 1; i >= 0; i--) {
            String scope = scopes.get(i).path("name").asString();
            if (scope.startsWith("events.") && !scope.equals("events.read")) {
                scopes.remove(i);
            }
        }
        ArrayNode clients = (ArrayNode) realm.path("clients");
        for (int i = clients.size() - 1; i >= 0; i--) {
            JsonNode client = clients.get(i);
            if (client.path("clientId").asString().equals("gov-exchange-demo")) {
                clients.remove(i);
            } else if (client.path("optionalClientScopes") instanceof ArrayNode optional) {
                for (int j = optional.size() - 1; j >= 0; j--) {
                    String scope = optional.get(j).asString();
                    if (scope.startsWith("events.") && !scope.equals("events.read")) {
                        optional.remove(j);
                    }
                }
            }
        }
    }

    private static void stripSites(ObjectNode realm) {
        ArrayNode roles = (ArrayNode) realm.path("roles").path("realm");
        for (int i = roles.size() - 1; i >= 0; i--) {
            if (roles.get(i).path("name").asString().equals("site-admin")) {
                roles.remove(i);
            }
        }
        for (JsonNode scope : realm.path("clientScopes")) {
            if (!(scope.path("protocolMappers") instanceof ArrayNode mappers)) {
                continue;
            }
            for (int i = mappers.size() - 1; i >= 0; i--) {
                if (mappers.get(i).path("name").asString().equals("site")) {
                    mappers.remove(i);
                }
            }
        }
        for (JsonNode component : realm.path("components").path("org.keycloak.userprofile.UserProfileProvider")) {
            ArrayNode config = (ArrayNode) component.path("config").path("kc.user.profile.config");
            ObjectNode profile = (ObjectNode) JSON.readTree(config.get(0).asString());
            ArrayNode attributes = (ArrayNode) profile.path("attributes");
            for (int i = attributes.size() - 1; i >= 0; i--) {
                if (attributes.get(i).path("name").asString().equals("site")) {
                    attributes.remove(i);
                }
            }
            config.set(0, JSON.getNodeFactory().stringNode(JSON.writeValueAsString(profile)));
        }
    }

    private static JsonNode claims(String token) {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}

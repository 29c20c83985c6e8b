package org.citizenhub.identity.staff;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the identity service reaches Keycloak's admin REST API: with its own client credentials
 * (service account with realm-management manage-users / view-users / query-users).
 *
 * @param issuer       the realm's issuer URI, e.g. http://127.0.0.1:8180/realms/citizen-hub (defaults to the
 *                     resource server's issuer-uri)
 * @param clientId     the confidential client, {@code identity-service}
 * @param clientSecret its secret; the default is the local-only secret of the realm file
 * @param timeout      connect and read timeout of each call
 */
@ConfigurationProperties("hub.identity.keycloak")
public record KeycloakProperties(URI issuer, @DefaultValue("identity-service") String clientId, String clientSecret,
                                 @DefaultValue("5s") Duration timeout) {

    public KeycloakProperties {
        // no default outside the local profile: a deployment without its secret must not start
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalStateException("hub.identity.keycloak.client-secret must be set (HUB_IDENTITY_CLIENT_SECRET)");
        }
    }

    URI tokenEndpoint() {
        return URI.create(issuerText() + "/protocol/openid-connect/token");
    }

    /** http://host/realms/x -> http://host/admin/realms/x */
    URI adminRealm() {
        var text = issuerText();
        int at = text.lastIndexOf("/realms/");
        if (at < 0) {
            throw new IllegalStateException("hub.identity.keycloak.issuer must end with /realms/<realm>: " + text);
        }
        return URI.create(text.substring(0, at) + "/admin" + text.substring(at));
    }

    private String issuerText() {
        var text = issuer.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}

package org.citizenhub.identity.staff;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.citizenhub.identity.IdentityProblem;
import org.citizenhub.web.problem.HubProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The few Keycloak admin REST calls the identity service needs, authenticated with the
 * {@code identity-service} client's service account (client credentials, token cached until shortly before expiry).
 */
@Component
class KeycloakAdminClient {

    private static final Logger log = LoggerFactory.getLogger(KeycloakAdminClient.class);
    static final String DEPARTMENT_ATTRIBUTE = "department";
    static final String SITE_ATTRIBUTE = "site";
    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_ARRAY =
            new ParameterizedTypeReference<>() {
            };

    private final KeycloakProperties properties;
    private final RestClient http;
    private final Clock clock;
    private String token;
    private Instant tokenValidUntil = Instant.MIN;

    KeycloakAdminClient(KeycloakProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        var client = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        var factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(properties.timeout());
        this.http = RestClient.builder().requestFactory(factory).build();
    }

    /** A staff member as far as the directory cares: id, username, realm roles (effective), department and site. */
    record StaffMember(String id, String username, Set<String> realmRoles, String department, String site) {
    }

    Optional<StaffMember> staffMember(String userId) {
        return call(() -> {
            Map<String, Object> user;
            try {
                user = http.get().uri(properties.adminRealm() + "/users/{id}", userId)
                        .headers(h -> h.setBearerAuth(accessToken()))
                        .retrieve().body(JSON_OBJECT);
            } catch (HttpClientErrorException.NotFound e) {
                return Optional.<StaffMember>empty();
            }
            var roles = http.get().uri(properties.adminRealm() + "/users/{id}/role-mappings/realm/composite", userId)
                    .headers(h -> h.setBearerAuth(accessToken()))
                    .retrieve().body(JSON_ARRAY);
            var roleNames = roles == null ? Set.<String>of()
                    : roles.stream().map(r -> String.valueOf(r.get("name"))).collect(Collectors.toSet());
            return Optional.of(new StaffMember(userId, String.valueOf(user.get("username")), roleNames,
                    attribute(user, DEPARTMENT_ATTRIBUTE), attribute(user, SITE_ATTRIBUTE)));
        });
    }

    /** Sets (or with {@code null} removes) the user's {@code department} attribute. */
    void setDepartment(String userId, String departmentCode) {
        setAttribute(userId, DEPARTMENT_ATTRIBUTE, departmentCode);
    }

    /** Sets (or with {@code null} removes) the user's {@code site} attribute (the token's {@code site} claim). */
    void setSite(String userId, String siteCode) {
        setAttribute(userId, SITE_ATTRIBUTE, siteCode);
    }

    /**
     * Keycloak's PUT replaces the whole user profile, so the current representation is read and sent back with only
     * the attribute changed.
     */
    private void setAttribute(String userId, String name, String value) {
        call(() -> {
            var user = http.get().uri(properties.adminRealm() + "/users/{id}", userId)
                    .headers(h -> h.setBearerAuth(accessToken()))
                    .retrieve().body(JSON_OBJECT);
            var attributes = new LinkedHashMap<String, Object>();
            if (user.get("attributes") instanceof Map<?, ?> existing) {
                existing.forEach((k, v) -> attributes.put(String.valueOf(k), v));
            }
            if (value == null) {
                attributes.remove(name);
            } else {
                attributes.put(name, List.of(value));
            }
            var update = new LinkedHashMap<>(user);
            update.put("attributes", attributes);
            update.remove("access");
            http.put().uri(properties.adminRealm() + "/users/{id}", userId)
                    .headers(h -> h.setBearerAuth(accessToken()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(update)
                    .retrieve().toBodilessEntity();
            return null;
        });
    }

    private static String attribute(Map<String, Object> user, String name) {
        if (user.get("attributes") instanceof Map<?, ?> attributes
                && attributes.get(name) instanceof List<?> values && !values.isEmpty()) {
            return String.valueOf(values.getFirst());
        }
        return null;
    }

    private <T> T call(java.util.function.Supplier<T> request) {
        try {
            try {
                return request.get();
            } catch (HttpClientErrorException.Unauthorized expired) {
                forgetToken();
                return request.get();
            }
        } catch (HttpClientErrorException.NotFound e) {
            throw new HubProblem(IdentityProblem.STAFF_MEMBER_NOT_FOUND, "");
        } catch (RestClientException e) {
            log.warn("Keycloak admin API call failed: {}", e.toString());
            throw new HubProblem(IdentityProblem.IDENTITY_PROVIDER_UNAVAILABLE);
        }
    }

    private synchronized void forgetToken() {
        token = null;
        tokenValidUntil = Instant.MIN;
    }

    private synchronized String accessToken() {
        var now = clock.instant();
        if (token != null && now.isBefore(tokenValidUntil)) {
            return token;
        }
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", properties.clientId());
        form.add("client_secret", properties.clientSecret());
        var response = http.post().uri(properties.tokenEndpoint())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .onStatus(HttpStatus.BAD_REQUEST::equals, (req, res) -> {
                    log.error("Keycloak rejected the client credentials of {}", properties.clientId());
                    throw new IllegalStateException("Keycloak rejected the identity-service client credentials");
                })
                .body(JSON_OBJECT);
        token = String.valueOf(response.get("access_token"));
        long expiresIn = response.get("expires_in") instanceof Number n ? n.longValue() : 60;
        tokenValidUntil = now.plusSeconds(Math.max(0, expiresIn - 30));
        return token;
    }
}

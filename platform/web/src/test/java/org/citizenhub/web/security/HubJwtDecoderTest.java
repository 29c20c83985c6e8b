package org.citizenhub.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.citizenhub.web.problem.ProblemAutoConfiguration;
import org.citizenhub.web.servlet.HubWebMvcAutoConfiguration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/** The auto-configured decoder against a tiny issuer (OIDC discovery + JWKS) served from this JVM. */
class HubJwtDecoderTest {

    private static HttpServer issuerServer;
    private static RSAKey key;
    private static String issuer;

    @BeforeAll
    static void startIssuer() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        issuerServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + issuerServer.getAddress().getPort() + "/realms/citizen-hub";
        serve("/realms/citizen-hub/.well-known/openid-configuration",
                "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/protocol/openid-connect/certs\","
                        + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}");
        serve("/realms/citizen-hub/protocol/openid-connect/certs", new JWKSet(key.toPublicJWK()).toString());
        issuerServer.start();
    }

    @AfterAll
    static void stopIssuer() {
        issuerServer.stop(0);
    }

    private final WebApplicationContextRunner context = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ProblemAutoConfiguration.class, HubWebMvcAutoConfiguration.class,
                    HubServletSecurityAutoConfiguration.class, SecurityAutoConfiguration.class,
                    ServletWebSecurityAutoConfiguration.class))
            .withPropertyValues("spring.security.oauth2.resourceserver.jwt.issuer-uri=" + "${test.issuer}")
            .withInitializer(app -> app.getEnvironment().getSystemProperties().put("test.issuer", issuer));

    @Test
    void a_token_of_the_issuer_is_accepted_with_its_roles() {
        context.run(app -> {
            Jwt jwt = app.getBean(JwtDecoder.class).decode(token(issuer, Instant.now().plusSeconds(300)));

            assertThat(KeycloakRoles.roles(jwt)).containsExactly("citizen");
        });
    }

    @Test
    void a_token_accepted_and_kept_as_verified_is_refused_once_it_has_expired() {
        Instant now = Instant.now();
        java.util.concurrent.atomic.AtomicReference<Instant> time = new java.util.concurrent.atomic.AtomicReference<>(now);
        java.time.Clock clock = new java.time.Clock() {
            @Override public java.time.ZoneId getZone() { return java.time.ZoneOffset.UTC; }
            @Override public java.time.Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return time.get(); }
        };
        context.withBean(java.time.Clock.class, () -> clock).run(app -> {
            JwtDecoder decoder = app.getBean(JwtDecoder.class);
            String token = token(issuer, now.plusSeconds(60));
            assertThat(decoder.decode(token)).isNotNull();
            assertThat(decoder.decode(token)).isNotNull();

            time.set(now.plusSeconds(60 + 31));

            assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class);
        });
    }

    @Test
    void a_token_from_another_issuer_is_rejected() {
        context.run(app -> assertThatThrownBy(() -> app.getBean(JwtDecoder.class)
                .decode(token("http://127.0.0.1:1/realms/other", Instant.now().plusSeconds(300))))
                .isInstanceOf(JwtValidationException.class));
    }

    @Test
    void expiry_is_checked_with_the_configured_clock_skew() {
        context.withPropertyValues("hub.security.jwt.clock-skew=30s").run(app -> {
            JwtDecoder decoder = app.getBean(JwtDecoder.class);

            assertThat(decoder.decode(token(issuer, Instant.now().minusSeconds(20)))).isNotNull();
            assertThatThrownBy(() -> decoder.decode(token(issuer, Instant.now().minusSeconds(45))))
                    .isInstanceOf(JwtValidationException.class);
        });
    }

    @Test
    void a_token_without_the_hub_api_audience_is_rejected() {
        context.run(app -> assertThatThrownBy(() -> app.getBean(JwtDecoder.class)
                .decode(token(issuer, Instant.now().plusSeconds(300), List.of("account"))))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("aud"));
    }

    @Test
    void a_token_without_any_audience_is_rejected() {
        context.run(app -> assertThatThrownBy(() -> app.getBean(JwtDecoder.class)
                .decode(token(issuer, Instant.now().plusSeconds(300), List.of())))
                .isInstanceOf(JwtValidationException.class));
    }

    @Test
    void a_token_with_the_hub_api_audience_among_others_is_accepted() {
        context.run(app -> assertThat(app.getBean(JwtDecoder.class)
                .decode(token(issuer, Instant.now().plusSeconds(300), List.of("account", "citizen-hub-api")))
                .getAudience()).contains("citizen-hub-api"));
    }

    @Test
    void the_required_audience_is_configurable_and_an_empty_value_disables_the_check() {
        context.withPropertyValues("hub.security.jwt.audience=mailbox-api").run(app -> {
            JwtDecoder decoder = app.getBean(JwtDecoder.class);

            assertThat(decoder.decode(token(issuer, Instant.now().plusSeconds(300), List.of("mailbox-api"))))
                    .isNotNull();
            assertThatThrownBy(() -> decoder.decode(token(issuer, Instant.now().plusSeconds(300))))
                    .isInstanceOf(JwtValidationException.class);
        });
        context.withPropertyValues("hub.security.jwt.audience=").run(app -> assertThat(app.getBean(JwtDecoder.class)
                .decode(token(issuer, Instant.now().plusSeconds(300), List.of("account")))).isNotNull());
    }

    /** A token as Keycloak issues it to the hub's clients: {@code aud} contains {@code citizen-hub-api}. */
    private static String token(String tokenIssuer, Instant expiresAt) throws Exception {
        return token(tokenIssuer, expiresAt, List.of("citizen-hub-api"));
    }

    private static String token(String tokenIssuer, Instant expiresAt, List<String> audience) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(tokenIssuer).subject("u-1").audience(audience)
                .issueTime(Date.from(expiresAt.minusSeconds(600))).expirationTime(Date.from(expiresAt))
                .claim("realm_access", Map.of("roles", List.of("citizen"))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static void serve(String path, String json) {
        issuerServer.createContext(path, exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }
}

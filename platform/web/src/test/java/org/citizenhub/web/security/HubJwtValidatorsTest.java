package org.citizenhub.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

class HubJwtValidatorsTest {

    private static final String ISSUER = "http://127.0.0.1:8180/realms/citizen-hub";
    private static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");
    private final OAuth2TokenValidator<Jwt> validator = HubJwtValidators.create(ISSUER, Duration.ofSeconds(30),
            Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")), List.of());

    @Test
    void a_token_expired_within_the_clock_skew_is_still_accepted() {
        assertThat(validator.validate(token(ISSUER, NOW.minusSeconds(29))).hasErrors()).isFalse();
    }

    @Test
    void a_token_expired_longer_ago_than_the_clock_skew_is_rejected() {
        assertThat(validator.validate(token(ISSUER, NOW.minusSeconds(31))).hasErrors()).isTrue();
    }

    @Test
    void a_token_from_another_issuer_is_rejected() {
        assertThat(validator.validate(token("http://evil.example/realms/citizen-hub", NOW.plusSeconds(60)))
                .hasErrors()).isTrue();
    }

    @Test
    void a_token_for_another_audience_is_rejected_when_audiences_are_configured() {
        OAuth2TokenValidator<Jwt> withAudience = HubJwtValidators.create(ISSUER, Duration.ofSeconds(30),
                Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")), List.of("mailbox-service"));
        Jwt forAccount = Jwt.withTokenValue("t").header("alg", "RS256").issuer(ISSUER).subject("s")
                .audience(List.of("account")).issuedAt(NOW.minusSeconds(10)).expiresAt(NOW.plusSeconds(60)).build();

        assertThat(withAudience.validate(forAccount).hasErrors()).isTrue();
    }

    private static Jwt token(String issuer, Instant expiresAt) {
        return Jwt.withTokenValue("t").header("alg", "RS256").issuer(issuer).subject("s")
                .issuedAt(expiresAt.minusSeconds(300)).expiresAt(expiresAt).build();
    }
}

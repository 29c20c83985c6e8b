package org.citizenhub.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * The cache of verified tokens in front of a decoder. The decoder behind it is a stand-in that "verifies" a token
 * when its text ends in {@code .good-signature}; the cache's own rules are what is tested here (the real decoder in
 * front of a real issuer: {@link HubJwtDecoderTest}).
 */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
    private static final Duration SKEW = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock(NOW);
    private final AtomicInteger verifications = new AtomicInteger();

    private JwtDecoder cachingDecoder(long size) {
        var validator = HubJwtValidators.create("https://issuer", SKEW, clock, List.of());
        JwtDecoder verifying = token -> {
            verifications.incrementAndGet();
            if (!token.endsWith(".good-signature")) {
                throw new BadJwtException("Signed JWT rejected: Invalid signature");
            }
            Jwt jwt = jwt(token, token.startsWith("no-exp") ? null : NOW.plusSeconds(300));
            var result = validator.validate(jwt);
            if (result.hasErrors()) {
                throw new JwtValidationException("invalid", result.getErrors());
            }
            return jwt;
        };
        return new VerifiedTokens(size, validator, SKEW, clock).caching(verifying);
    }

    @Test
    void a_token_is_verified_once_and_then_answered_from_the_cache() {
        JwtDecoder decoder = cachingDecoder(100);

        Jwt first = decoder.decode("citizen-1.good-signature");
        Jwt again = decoder.decode("citizen-1.good-signature");

        assertThat(again).isSameAs(first);
        assertThat(verifications).hasValue(1);
    }

    @Test
    void a_token_differing_in_one_character_is_verified_on_its_own_and_a_bad_signature_is_refused_every_time() {
        JwtDecoder decoder = cachingDecoder(100);
        decoder.decode("citizen-1.good-signature");

        assertThatThrownBy(() -> decoder.decode("citizen-1.good-signaturE")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("citizen-1.good-signaturE")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).as("failures are never cached").hasValue(3);
    }

    @Test
    void a_cached_token_is_refused_once_it_has_expired_beyond_the_clock_skew() {
        JwtDecoder decoder = cachingDecoder(100);
        decoder.decode("citizen-1.good-signature");

        clock.set(NOW.plusSeconds(300).plus(SKEW).minusSeconds(1));
        assertThat(decoder.decode("citizen-1.good-signature")).isNotNull();

        clock.set(NOW.plusSeconds(300).plus(SKEW).plusSeconds(1));
        assertThatThrownBy(() -> decoder.decode("citizen-1.good-signature"))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(verifications).hasValue(1);
    }

    @Test
    void a_token_without_an_expiry_is_not_kept() {
        JwtDecoder decoder = cachingDecoder(100);

        decoder.decode("no-exp.good-signature");
        decoder.decode("no-exp.good-signature");

        assertThat(verifications).hasValue(2);
    }

    @Test
    void a_size_of_zero_verifies_every_request() {
        JwtDecoder decoder = cachingDecoder(0);

        decoder.decode("citizen-1.good-signature");
        decoder.decode("citizen-1.good-signature");

        assertThat(verifications).hasValue(2);
    }

    @Test
    void the_cache_holds_at_most_its_size() {
        VerifiedTokens verified = new VerifiedTokens(10, jwt -> null, SKEW, clock);
        for (int i = 0; i < 50; i++) {
            verified.remember("t" + i, jwt("t" + i, NOW.plusSeconds(300)));
        }

        assertThat(verified.size()).isLessThanOrEqualTo(10);
    }

    private static Jwt jwt(String token, Instant expiresAt) {
        Jwt.Builder builder = Jwt.withTokenValue(token).header("alg", "RS256").issuer("https://issuer")
                .subject("u-1").issuedAt(NOW.minusSeconds(10));
        if (expiresAt != null) {
            builder.expiresAt(expiresAt);
        }
        return builder.build();
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

package org.citizenhub.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Access tokens whose signature was already verified, so that a citizen's tenth request within a token's lifetime
 * costs a map lookup instead of an RSA verification and a JSON parse (the idea of Envoy's {@code jwt_cache_config}).
 *
 * <p>The key is the complete compact token: a hit means the very same bytes were verified before, so a forged or
 * altered token can never hit. Each hit runs the token validator again (lifetime with clock skew, issuer, audience),
 * so an entry that outlives its token is refused exactly as a fresh decode would refuse it; entries are also dropped
 * once the token has expired, and the least recently used go when the cache is full. Only tokens that passed every
 * check are stored: failures are never cached. What this does not change: a token stays valid until it expires even
 * if its key is rotated out of the JWKS, as with any stateless JWT check.
 */
public final class VerifiedTokens {

    /** Default of {@code hub.security.jwt.verified-cache-size}, in the servlet services and the gateway. */
    public static final long DEFAULT_MAXIMUM_SIZE = 2000;

    private final Cache<String, Jwt> verified;
    private final OAuth2TokenValidator<Jwt> validator;
    private final long maximumSize;

    /**
     * @param maximumSize tokens kept (a token takes ≈ 3 KB with its parsed claims); 0 disables the cache
     * @param validator   the checks beyond the signature, run again on every hit
     * @param clockSkew   tolerance of the validator's lifetime check: entries are kept that much past expiry
     * @param clock       clock of the validator
     */
    public VerifiedTokens(long maximumSize, OAuth2TokenValidator<Jwt> validator, Duration clockSkew, Clock clock) {
        this.validator = validator;
        this.maximumSize = Math.max(0, maximumSize);
        this.verified = Caffeine.newBuilder()
                .maximumSize(Math.max(0, maximumSize))
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> lifetimeLeft(jwt, clockSkew, clock)))
                .build();
    }

    /** A servlet decoder that asks {@code delegate} (which verifies and validates) only for tokens not seen yet. */
    public JwtDecoder caching(JwtDecoder delegate) {
        if (maximumSize == 0) {
            return delegate;
        }
        return token -> find(token).orElseGet(() -> {
            Jwt jwt = delegate.decode(token);
            remember(token, jwt);
            return jwt;
        });
    }

    /**
     * The verified token for these exact bytes, checked again against the validator; empty if it was never verified
     * (or has left the cache). For decoders that cannot use {@link #caching(JwtDecoder)} (the reactive one).
     *
     * @throws JwtValidationException if the token is known but no longer passes the checks (expired)
     */
    public Optional<Jwt> find(String token) {
        if (maximumSize == 0) {
            return Optional.empty();
        }
        Jwt known = verified.getIfPresent(token);
        return known == null ? Optional.empty() : Optional.of(revalidated(known));
    }

    /** Keeps a token its decoder has just verified and validated. */
    public void remember(String token, Jwt jwt) {
        // a token without exp would never leave the cache by expiry; the validator lets it pass, so do not keep it
        if (maximumSize > 0 && jwt.getExpiresAt() != null) {
            verified.put(token, jwt);
        }
    }

    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private Jwt revalidated(Jwt jwt) {
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (result.hasErrors()) {
            // the message and errors a fresh decode would give (NimbusJwtDecoder's wording)
            throw new JwtValidationException("An error occurred while attempting to decode the Jwt: "
                    + result.getErrors().iterator().next().getDescription(), result.getErrors());
        }
        return jwt;
    }

    private static Duration lifetimeLeft(Jwt jwt, Duration clockSkew, Clock clock) {
        Instant expiresAt = jwt.getExpiresAt();
        Duration left = Duration.between(clock.instant(), expiresAt.plus(clockSkew));
        return left.isNegative() ? Duration.ZERO : left;
    }
}

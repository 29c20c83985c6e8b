package org.citizenhub.web.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/** The checks every access token must pass beyond its signature: lifetime (with clock skew), issuer, audience. */
public final class HubJwtValidators {

    /**
     * The audience Keycloak's client scope {@code hub-api} puts into access tokens of the hub's own clients
     * (default of {@code hub.security.jwt.audience}). Tokens of other clients of the realm (e.g. Keycloak's
     * {@code account-console}) lack it.
     */
    public static final String HUB_API_AUDIENCE = "citizen-hub-api";

    private HubJwtValidators() {
    }

    /**
     * @param issuer           required {@code iss}; null to skip the check
     * @param clockSkew        tolerance for exp / nbf
     * @param clock            the clock to check against
     * @param requiredAudience an audience {@code aud} must contain ({@code hub.security.jwt.audience}); null or
     *                         blank to skip the check
     * @param audiences        accepted audiences, of which {@code aud} must contain one; empty to skip the check
     */
    public static OAuth2TokenValidator<Jwt> create(String issuer, Duration clockSkew, Clock clock,
                                                   String requiredAudience, List<String> audiences) {
        OAuth2TokenValidator<Jwt> base = create(issuer, clockSkew, clock, audiences);
        if (requiredAudience == null || requiredAudience.isBlank()) {
            return base;
        }
        return new DelegatingOAuth2TokenValidator<>(base, new JwtAudienceValidator(requiredAudience.trim()));
    }

    /**
     * @param issuer    required {@code iss}; null to skip the check
     * @param clockSkew tolerance for exp / nbf
     * @param clock     the clock to check against
     * @param audiences accepted audiences; empty to skip the check
     */
    public static OAuth2TokenValidator<Jwt> create(String issuer, Duration clockSkew, Clock clock,
                                                   List<String> audiences) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(clockSkew);
        timestamps.setClock(clock);
        validators.add(timestamps);
        if (issuer != null && !issuer.isBlank()) {
            validators.add(new JwtIssuerValidator(issuer));
        }
        if (audiences != null && !audiences.isEmpty()) {
            validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                    aud -> aud != null && aud.stream().anyMatch(audiences::contains)));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }
}

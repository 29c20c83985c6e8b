package org.citizenhub.web.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/** The checks every access token must pass beyond its signature: lifetime (with clock skew), issuer, audience. */
public final class HubJwtValidators {

    private HubJwtValidators() {
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

package org.citizenhub.web.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code hub.security.*}: resource-server defaults of servlet services. */
@ConfigurationProperties("hub.security")
public class HubSecurityProperties {

    /**
     * Path patterns (Spring {@code PathPattern} syntax, e.g. {@code /public/**}) that anonymous callers may GET and
     * POST. Everything not listed (and not actuator health/info/prometheus or /v3/api-docs) needs a token.
     */
    private List<String> publicPaths = new ArrayList<>();

    private final Jwt jwt = new Jwt();

    public List<String> getPublicPaths() {
        return publicPaths;
    }

    public void setPublicPaths(List<String> publicPaths) {
        this.publicPaths = publicPaths;
    }

    public Jwt getJwt() {
        return jwt;
    }

    public static class Jwt {

        /** Tolerance for clock differences when checking exp / nbf / iat of access tokens. */
        private Duration clockSkew = Duration.ofSeconds(30);

        /**
         * Access tokens kept after their signature was verified ({@link VerifiedTokens}): a repeated token costs a
         * lookup and the claim checks instead of an RSA verification. About 3 KB each; 0 verifies every request.
         */
        private long verifiedCacheSize = VerifiedTokens.DEFAULT_MAXIMUM_SIZE;

        public long getVerifiedCacheSize() {
            return verifiedCacheSize;
        }

        public void setVerifiedCacheSize(long verifiedCacheSize) {
            this.verifiedCacheSize = verifiedCacheSize;
        }

        /**
         * Audience every access token must carry in {@code aud} (Keycloak client scope {@code hub-api} adds it to
         * tokens of the hub's clients). Empty disables the check.
         */
        private String audience = HubJwtValidators.HUB_API_AUDIENCE;

        public String getAudience() {
            return audience;
        }

        public void setAudience(String audience) {
            this.audience = audience;
        }

        public Duration getClockSkew() {
            return clockSkew;
        }

        public void setClockSkew(Duration clockSkew) {
            this.clockSkew = clockSkew;
        }
    }
}

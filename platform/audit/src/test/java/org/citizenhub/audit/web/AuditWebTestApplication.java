package org.citizenhub.audit.web;

import static org.mockito.Mockito.mock;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.citizenhub.audit.AuditLog;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * A tiny service: the platform's auto-configuration with a stand-in {@link AuditLog} (no database) and bearer tokens
 * of the form {@code user.<role>} that "decode" to that realm role.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"})
class AuditWebTestApplication {

    @Bean
    AuditLog auditLog() {
        return mock(AuditLog.class);
    }

    @Bean
    JwtDecoder jwtDecoder() {
        return token -> {
            String[] parts = token.split("\\.");
            if (parts.length != 2 || !parts[0].equals("user")) {
                throw new BadJwtException("An error occurred while attempting to decode the Jwt: invalid");
            }
            return Jwt.withTokenValue(token).header("alg", "none")
                    .subject("sub-" + parts[1]).claim("preferred_username", "u-" + parts[1])
                    .claim("realm_access", Map.of("roles", List.of(parts[1])))
                    .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
        };
    }
}

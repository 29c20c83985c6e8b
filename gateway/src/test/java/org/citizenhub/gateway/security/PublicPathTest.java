package org.citizenhub.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.authentication.InsufficientAuthenticationException;

class PublicPathTest {

    @Test
    void a_public_path_entry_is_an_optional_method_and_an_ant_pattern() {
        List<GatewaySecurityConfiguration.PublicPath> paths = GatewaySecurityConfiguration.PublicPath.parseAll(
                List.of("GET /api/identity/departments/**", "  ", "/api/mailbox/public/**", "post /api/survey/x"));

        assertThat(paths).containsExactly(
                new GatewaySecurityConfiguration.PublicPath(HttpMethod.GET, "/api/identity/departments/**"),
                new GatewaySecurityConfiguration.PublicPath(null, "/api/mailbox/public/**"),
                new GatewaySecurityConfiguration.PublicPath(HttpMethod.POST, "/api/survey/x"));
    }

    @Test
    void the_challenge_names_an_invalid_token_and_carries_the_reason() {
        assertThat(ProblemAuthenticationEntryPoint.challenge(new InsufficientAuthenticationException("none")))
                .isEqualTo("Bearer");
        String challenge = ProblemAuthenticationEntryPoint.challenge(
                new OAuth2AuthenticationException(new BearerTokenError("invalid_token", HttpStatus.UNAUTHORIZED,
                        "Jwt expired at 2026-11-23T06:00:00Z", null)));
        assertThat(challenge).isEqualTo("Bearer error=\"invalid_token\", error_description=\"Jwt expired at 2026-11-23T06:00:00Z\"");
    }
}

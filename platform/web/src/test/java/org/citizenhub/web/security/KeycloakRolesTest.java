package org.citizenhub.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class KeycloakRolesTest {

    @Test
    void realm_roles_become_role_authorities_and_scopes_become_scope_authorities() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("c0ffee")
                .claim("realm_access", Map.of("roles", List.of("handler", "offline_access")))
                .claim("scope", "openid events.read")
                .claim("preferred_username", "zhang.san").claim("department", "D-TRANSPORT")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();

        AbstractAuthenticationToken authentication = KeycloakRoles.converter().convert(jwt);

        assertThat(authentication.getName()).isEqualTo("c0ffee");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_handler", "ROLE_offline_access", "SCOPE_openid", "SCOPE_events.read");
        assertThat(CurrentUser.of(authentication)).hasValue(
                new CurrentUser("c0ffee", "zhang.san", java.util.Set.of("handler", "offline_access"), "D-TRANSPORT"));
    }

    @Test
    void a_token_without_realm_access_has_no_roles() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("client")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();

        assertThat(KeycloakRoles.roles(jwt)).isEmpty();
        assertThat(CurrentUser.of(jwt).username()).isEqualTo("client");
    }
}

package org.citizenhub.web.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a Keycloak access token into an authentication: realm roles ({@code realm_access.roles}) become
 * {@code ROLE_<role>} authorities, OAuth2 scopes ({@code scope}) become {@code SCOPE_<scope>} (for machine
 * clients such as {@code gov-exchange}). The authentication's name is the token subject.
 *
 * <p>Reactive apps wrap it: {@code new ReactiveJwtAuthenticationConverterAdapter(KeycloakRoles.converter())}.
 */
public final class KeycloakRoles {

    public static final String ROLE_PREFIX = "ROLE_";
    public static final String SCOPE_PREFIX = "SCOPE_";

    private static final Converter<Jwt, AbstractAuthenticationToken> CONVERTER =
            jwt -> new JwtAuthenticationToken(jwt, authorities(jwt), jwt.getSubject());

    public KeycloakRoles() {
    }

    /** The converter to plug into {@code oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(..)))}. */
    public static Converter<Jwt, AbstractAuthenticationToken> converter() {
        return CONVERTER;
    }

    /** The realm roles of the token, without prefix, e.g. {@code [citizen]}. */
    public static Set<String> roles(Jwt jwt) {
        Set<String> roles = new LinkedHashSet<>();
        if (jwt.getClaims().get("realm_access") instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof Collection<?> names) {
            for (Object name : names) {
                if (name instanceof String role && !role.isBlank()) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    /** {@code ROLE_<realm role>} for every realm role plus {@code SCOPE_<scope>} for every granted scope. */
    public static Collection<GrantedAuthority> authorities(Jwt jwt) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        for (String role : roles(jwt)) {
            authorities.add(new SimpleGrantedAuthority(ROLE_PREFIX + role));
        }
        if (jwt.getClaims().get("scope") instanceof String scopes) {
            for (String scope : scopes.trim().split("\\s+")) {
                if (!scope.isEmpty()) {
                    authorities.add(new SimpleGrantedAuthority(SCOPE_PREFIX + scope));
                }
            }
        }
        return authorities;
    }
}

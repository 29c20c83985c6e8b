package org.citizenhub.web.security;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The authenticated caller as the services see it. Declare it as a controller method parameter to receive it
 * (401 if the request is anonymous).
 *
 * @param subject    the token subject (Keycloak user id, stable)
 * @param username   {@code preferred_username} (falls back to the subject)
 * @param roles      realm roles without prefix, e.g. {@code handler}
 * @param department department code from the {@code department} claim, e.g. {@code D-TRANSPORT}; null if none
 * @param site       site code from the {@code site} claim, e.g. {@code DONGCHENG}: the website (集约化 site) a
 *                   site administrator, site supervisor or site reviewer works for; null for hub-wide staff and
 *                   citizens
 */
public record CurrentUser(String subject, String username, Set<String> roles, String department, String site) {

    public static final String DEPARTMENT_CLAIM = "department";
    /** From the Keycloak user attribute {@code site} (client scope {@code department}); see identity's README. */
    public static final String SITE_CLAIM = "site";
    public static final String USERNAME_CLAIM = "preferred_username";

    private static final Set<String> STAFF_ROLES =
            Set.of(HubRoles.HANDLER, HubRoles.REVIEWER, HubRoles.SUPERVISOR, HubRoles.ADMIN, HubRoles.SITE_ADMIN);

    public CurrentUser {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        if (department != null && department.isBlank()) {
            department = null;
        }
        if (site != null && site.isBlank()) {
            site = null;
        }
    }

    /** A user without a site claim (hub-wide staff, citizens). */
    public CurrentUser(String subject, String username, Set<String> roles, String department) {
        this(subject, username, roles, department, null);
    }

    /** Whether the user holds the realm role ({@code "handler"}; a {@code ROLE_} prefix is ignored). */
    public boolean hasRole(String role) {
        if (role == null) {
            return false;
        }
        return roles.contains(role.startsWith(KeycloakRoles.ROLE_PREFIX)
                ? role.substring(KeycloakRoles.ROLE_PREFIX.length()) : role);
    }

    public boolean hasAnyRole(String... anyOf) {
        return Arrays.stream(anyOf).anyMatch(this::hasRole);
    }

    public Optional<String> siteCode() {
        return Optional.ofNullable(site);
    }

    /** Whether the user is back-office staff (handler, reviewer, supervisor, site administrator or admin). */
    public boolean isStaff() {
        return roles.stream().anyMatch(STAFF_ROLES::contains);
    }

    public Optional<String> departmentCode() {
        return Optional.ofNullable(department);
    }

    /** The user a validated Keycloak access token describes. */
    public static CurrentUser of(Jwt jwt) {
        String username = jwt.getClaimAsString(USERNAME_CLAIM);
        return new CurrentUser(jwt.getSubject(), username != null ? username : jwt.getSubject(),
                KeycloakRoles.roles(jwt), jwt.getClaimAsString(DEPARTMENT_CLAIM), jwt.getClaimAsString(SITE_CLAIM));
    }

    /**
     * The user an authentication describes: from its JWT if it is one, otherwise (e.g. test authentications)
     * from its name and {@code ROLE_} authorities.
     */
    public static Optional<CurrentUser> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (authentication instanceof JwtAuthenticationToken token) {
            return Optional.of(of(token.getToken()));
        }
        if (authentication.getPrincipal() instanceof Jwt jwt) {
            return Optional.of(of(jwt));
        }
        Set<String> roles = new LinkedHashSet<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(KeycloakRoles.ROLE_PREFIX)) {
                roles.add(name.substring(KeycloakRoles.ROLE_PREFIX.length()));
            }
        }
        return Optional.of(new CurrentUser(authentication.getName(), authentication.getName(), roles, null));
    }

    /** The user of the current thread's security context, if authenticated. */
    public static Optional<CurrentUser> current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }
}

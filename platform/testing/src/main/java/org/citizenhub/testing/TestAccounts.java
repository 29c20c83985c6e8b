package org.citizenhub.testing;

import org.citizenhub.infra.KeycloakAdmin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Real Keycloak users for tests: each call creates a fresh user with a unique name in the {@code citizen-hub}
 * realm of the shared Keycloak, with the role(s) asked for; {@link Account#token()} returns a real access token
 * obtained with the password grant from the {@code hub-dev} client.
 */
public final class TestAccounts {

    private static volatile KeycloakAdmin admin;

    private TestAccounts() {
    }

    public static Account citizen() {
        return create("citizen", null, "citizen");
    }

    /** Department staff: role {@code handler} and claim {@code department}, e.g. "D-TRANSPORT". */
    public static Account handler(String department) {
        return create("handler", department, "handler");
    }

    public static Account reviewer() {
        return create("reviewer", null, "reviewer");
    }

    public static Account supervisor() {
        return create("supervisor", null, "supervisor");
    }

    public static Account admin() {
        return create("admin", null, "admin");
    }

    /**
     * Staff of a site (集约化): the realm roles given, the {@code site} claim, and optionally a department, e.g.
     * {@code atSite("DONGCHENG", null, "supervisor")} for a district's supervisor, {@code atSite("XICHENG", null,
     * "site-admin")} for a district's site administrator.
     */
    public static Account atSite(String site, String department, String... roles) {
        return createAtSite(roles.length == 0 ? "user" : roles[0], department, site, roles);
    }

    /** A user with any combination of realm roles (none = a user without hub roles) and an optional department. */
    public static Account withRoles(String department, String... roles) {
        return create(roles.length == 0 ? "user" : roles[0], department, roles);
    }

    private static Account create(String prefix, String department, String... roles) {
        return createAtSite(prefix, department, null, roles);
    }

    private static Account createAtSite(String prefix, String department, String site, String... roles) {
        String username = prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String password = "Pw-" + UUID.randomUUID();
        String id = keycloak().createUser(username, password, List.of(roles), department, site);
        return new Account(username, id, password, department, List.of(roles));
    }

    static KeycloakAdmin keycloak() {
        KeycloakAdmin a = admin;
        if (a == null) {
            synchronized (TestAccounts.class) {
                if (admin == null) {
                    admin = SharedInfrastructure.get().keycloakAdmin();
                }
                a = admin;
            }
        }
        return a;
    }

    /** A test user. {@link #token()} is cached and renewed well before the realm's token lifespan ends. */
    public static final class Account {
        private final String username;
        private final String id;
        private final String password;
        private final String department;
        private final List<String> roles;
        private String token;
        private Instant renewAt = Instant.MIN;

        Account(String username, String id, String password, String department, List<String> roles) {
            this.username = username;
            this.id = id;
            this.password = password;
            this.department = department;
            this.roles = roles;
        }

        public String username() {
            return username;
        }

        /** The Keycloak user id (the token's {@code sub}). */
        public String id() {
            return id;
        }

        public String password() {
            return password;
        }

        public String department() {
            return department;
        }

        public List<String> roles() {
            return roles;
        }

        /** A valid access token (JWT). */
        public synchronized String token() {
            if (token == null || Instant.now().isAfter(renewAt)) {
                token = keycloak().token(username, password);
                renewAt = Instant.now().plus(Duration.ofSeconds(60));
            }
            return token;
        }

        /** A new access token from a new login, not the cached one. */
        public String freshToken() {
            return keycloak().token(username, password);
        }

        /** {@code "Bearer <token>"} for an Authorization header. */
        public String bearer() {
            return "Bearer " + token();
        }

        @Override
        public String toString() {
            return "Account[" + username + " " + roles + (department == null ? "" : " " + department) + "]";
        }
    }
}

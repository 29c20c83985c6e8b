package org.citizenhub.infra;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Where the hub's infrastructure answers, as written to / read from the properties file shared between the process
 * that started the servers and the test JVMs (keys fixed by the module contract).
 */
public record HubEndpoints(
        String postgresUrlBase,
        String postgresUsername,
        String postgresPassword,
        String kafkaBootstrapServers,
        String redisHost,
        int redisPort,
        String keycloakUrl,
        String keycloakRealm,
        String keycloakIssuer,
        String keycloakAdminUsername,
        String keycloakAdminPassword,
        String keycloakDevClient,
        String controlUrl) {

    /** Without a control endpoint (the servers cannot be stopped and started by the reader). */
    public HubEndpoints(String postgresUrlBase, String postgresUsername, String postgresPassword,
                        String kafkaBootstrapServers, String redisHost, int redisPort, String keycloakUrl,
                        String keycloakRealm, String keycloakIssuer, String keycloakAdminUsername,
                        String keycloakAdminPassword, String keycloakDevClient) {
        this(postgresUrlBase, postgresUsername, postgresPassword, kafkaBootstrapServers, redisHost, redisPort,
                keycloakUrl, keycloakRealm, keycloakIssuer, keycloakAdminUsername, keycloakAdminPassword,
                keycloakDevClient, null);
    }

    /**
     * The same endpoints with a control URL (HTTP on 127.0.0.1: POST /kafka/stop, /kafka/start, /redis/stop,
     * /redis/start).
     */
    public HubEndpoints withControlUrl(String url) {
        return new HubEndpoints(postgresUrlBase, postgresUsername, postgresPassword, kafkaBootstrapServers, redisHost,
                redisPort, keycloakUrl, keycloakRealm, keycloakIssuer, keycloakAdminUsername, keycloakAdminPassword,
                keycloakDevClient, url);
    }

    public String jdbcUrl(String database) {
        return postgresUrlBase + database;
    }

    /** An admin REST client for this Keycloak. */
    public KeycloakAdmin keycloakAdmin() {
        return new KeycloakAdmin(keycloakUrl, keycloakAdminUsername, keycloakAdminPassword, keycloakRealm);
    }

    /** Creates a database owned by {@code hub} unless it exists. */
    public void createDatabase(String name) {
        EmbeddedPostgresServer.createDatabase(postgresUrlBase, postgresUsername, postgresPassword, name);
    }

    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("postgres.url-base", postgresUrlBase);
        p.setProperty("postgres.username", postgresUsername);
        p.setProperty("postgres.password", postgresPassword);
        p.setProperty("kafka.bootstrap-servers", kafkaBootstrapServers);
        p.setProperty("redis.host", redisHost);
        p.setProperty("redis.port", Integer.toString(redisPort));
        p.setProperty("keycloak.url", keycloakUrl);
        p.setProperty("keycloak.realm", keycloakRealm);
        p.setProperty("keycloak.issuer", keycloakIssuer);
        p.setProperty("keycloak.admin.username", keycloakAdminUsername);
        p.setProperty("keycloak.admin.password", keycloakAdminPassword);
        p.setProperty("keycloak.dev-client", keycloakDevClient);
        if (controlUrl != null) {
            p.setProperty("control.url", controlUrl);
        }
        return p;
    }

    public static HubEndpoints fromProperties(Properties p) {
        return new HubEndpoints(
                required(p, "postgres.url-base"),
                required(p, "postgres.username"),
                required(p, "postgres.password"),
                required(p, "kafka.bootstrap-servers"),
                required(p, "redis.host"),
                Integer.parseInt(required(p, "redis.port")),
                required(p, "keycloak.url"),
                required(p, "keycloak.realm"),
                required(p, "keycloak.issuer"),
                required(p, "keycloak.admin.username"),
                required(p, "keycloak.admin.password"),
                required(p, "keycloak.dev-client"),
                p.getProperty("control.url"));
    }

    /** Writes the file atomically (readers polling for it never see half a file). */
    public void writeTo(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".infra", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                toProperties().store(w, "Citizen Hub infrastructure (real servers on 127.0.0.1)");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static HubEndpoints readFrom(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return fromProperties(p);
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("infrastructure file lacks " + key);
        }
        return value;
    }
}

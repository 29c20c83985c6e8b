package org.citizenhub.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak (its Maven Central distribution, unpacked by this module's pom into the cache) run as a child
 * process on 127.0.0.1.
 * <p>
 * Speed: the distribution is copied once per machine next to the unpacked one and {@code kc.sh build} is run once
 * there with this class's build options (H2 file database, health endpoints); every start is then
 * {@code kc.sh start --optimized} (no Quarkus re-augmentation), with a local (non-clustered) cache and the H2
 * database in the caller's work directory — a fresh directory gives a fresh Keycloak, a kept one keeps its data.
 * <p>
 * The child dies with this JVM: {@link #stop()} runs from a shutdown hook, and a watchdog in the wrapper shell stops
 * Keycloak within a second if this JVM disappears without running hooks (kill -9). A pid file in the work directory
 * lets the next start clean up anything left over anyway.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    static final List<String> BUILD_OPTIONS = List.of("--db=dev-file", "--health-enabled=true");
    private static final System.Logger LOG = System.getLogger(KeycloakServer.class.getName());
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final int httpPort;
    private final int managementPort;
    private final Path workDir;
    private final Process process;
    private final KeycloakAdmin admin;
    private volatile Duration startup;

    private KeycloakServer(int httpPort, int managementPort, Path workDir, Process process) {
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.workDir = workDir;
        this.process = process;
        this.admin = new KeycloakAdmin(baseUrl(), ADMIN_USERNAME, ADMIN_PASSWORD);
    }

    /** Starts Keycloak on {@code httpPort} (0 = free port; management port = a free one) with data in {@code workDir}. */
    public static KeycloakServer start(int httpPort, Path workDir) {
        int http = Ports.orFree(httpPort);
        int management = httpPort == 0 ? Ports.free() : http + 1000;
        return start(http, management, workDir);
    }

    public static KeycloakServer start(int httpPort, int managementPort, Path workDir) {
        long t0 = System.nanoTime();
        Path dir = workDir.toAbsolutePath();
        Path pidFile = dir.resolve("keycloak.pid");
        StaleProcesses.killLeftover(pidFile, "kc.sh");
        Ports.requireFree(httpPort, "Keycloak");
        Ports.requireFree(managementPort, "Keycloak management");
        Path home = preparedDistribution();
        try {
            Files.createDirectories(dir.resolve("h2"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path log = dir.resolve("keycloak.log");
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/kc.sh").toString(),
                "start", "--optimized",
                "--http-enabled=true",
                "--http-host=" + Ports.LOOPBACK,
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                "--hostname-strict=false",
                "--cache=local",
                "--db-url=jdbc:h2:file:" + dir.resolve("h2/keycloakdb") + ";NON_KEYWORDS=VALUE",
                "--log-console-output=default",
                "--log-level=INFO,org.keycloak.events:WARN"));
        ProcessBuilder pb = new ProcessBuilder(Watchdog.watched("keycloak-watchdog", command))
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // Startup-friendly JVM flags on a small shared machine; Keycloak's own defaults (heap etc.) stay in place.
        env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1 -Djava.net.preferIPv4Stack=true");
        env.remove("JAVA_OPTS");
        env.remove("KC_DB");
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + home.resolve("bin/kc.sh"), e);
        }
        StaleProcesses.record(pidFile, process.pid());
        KeycloakServer server = new KeycloakServer(httpPort, managementPort, dir, process);
        try {
            server.awaitReady(log);
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        server.startup = Duration.ofNanos(System.nanoTime() - t0);
        LOG.log(System.Logger.Level.INFO, "Keycloak ready at " + server.baseUrl() + " in " + server.startup.toMillis() + " ms");
        return server;
    }

    /**
     * Starts Keycloak with the realm imported and the {@code hub-dev} client created. A fresh work directory is
     * seeded from a template database (per realm file and build options, kept in the prepared distribution's
     * {@code templates/}), which skips Keycloak's schema creation, master realm setup and the realm import — about
     * half of a fresh start. The template is made once, the first time a realm file is seen: start, import,
     * stop (so H2 is consistent), copy, start again.
     */
    public static KeycloakServer startWithRealm(int httpPort, Path workDir, byte[] realmJson) {
        Path dir = workDir.toAbsolutePath();
        Path h2 = dir.resolve("h2");
        boolean fresh = isEmptyDir(h2);
        Path template = null;
        try {
            template = preparedDistribution().getParent().resolve("templates").resolve(templateKey(realmJson)).resolve("h2");
            if (fresh && Files.isRegularFile(template.resolveSibling(".complete"))) {
                copyDir(template, h2);
                LOG.log(System.Logger.Level.INFO, "Keycloak database seeded from template " + template.getParent());
            }
        } catch (RuntimeException | IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Keycloak template not usable, starting from scratch", e);
            template = null;
        }
        KeycloakServer kc = start(httpPort, dir);
        kc.importRealm(realmJson);
        kc.createDevClient(KeycloakAdmin.DEV_CLIENT);
        if (fresh && template != null && !Files.isRegularFile(template.resolveSibling(".complete"))) {
            int http = kc.port();
            int management = kc.managementPort();
            kc.stop();
            try {
                saveTemplate(h2, template);
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not save Keycloak template " + template, e);
            }
            kc = start(http, management, dir);
        }
        return kc;
    }

    private static String templateKey(byte[] realmJson) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(realmJson);
            sha.update(String.join(" ", BUILD_OPTIONS).getBytes(StandardCharsets.UTF_8));
            sha.update(KeycloakAdmin.DEV_CLIENT.getBytes(StandardCharsets.UTF_8));
            sha.update(ADMIN_PASSWORD.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isEmptyDir(Path dir) {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void saveTemplate(Path h2, Path template) throws IOException {
        Path parent = template.getParent();
        Files.createDirectories(parent.getParent());
        Path tmp = Files.createTempDirectory(parent.getParent(), ".tmp-template-");
        copyDir(h2, tmp.resolve("h2"));
        Files.writeString(tmp.resolve(".complete"), "ok");
        try {
            Files.move(tmp, parent, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            LOG.log(System.Logger.Level.INFO, "Keycloak template saved in " + parent);
        } catch (IOException e) {
            // another JVM saved the same template meanwhile
            run(List.of("rm", "-rf", tmp.toString()), parent.getParent(), null);
        }
    }

    private static void copyDir(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f) && !f.getFileName().toString().endsWith(".lock.db")
                        && !f.getFileName().toString().endsWith(".trace.db")) {
                    Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private void awaitReady(Path log) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://" + Ports.LOOPBACK + ":" + managementPort
                + "/health/ready")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue() + " during startup; "
                        + "last lines of " + log + ":\n" + tail(log, 40));
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Ports.sleep(250);
        }
        throw new IllegalStateException("Keycloak not ready within " + START_TIMEOUT + "; last lines of " + log + ":\n"
                + tail(log, 40));
    }

    /**
     * The distribution this class runs: a copy of the unpacked one with {@code kc.sh build} applied once
     * (guarded by a file lock, so concurrent JVMs on the machine wait for one build).
     */
    static Path preparedDistribution() {
        Path dist = unpackedDistribution();
        Path prepared = dist.getParent().resolveSibling(dist.getParent().getFileName() + "-hub");
        Path home = prepared.resolve(dist.getFileName());
        Path marker = prepared.resolve(".built-with");
        String wanted = String.join(" ", BUILD_OPTIONS) + " java=" + Runtime.version().feature();
        try {
            Files.createDirectories(prepared);
            try (FileChannel channel = FileChannel.open(prepared.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                if (Files.isRegularFile(marker) && Files.readString(marker).equals(wanted) && Files.isDirectory(home)) {
                    return home;
                }
                long t0 = System.nanoTime();
                LOG.log(System.Logger.Level.INFO, "Preparing Keycloak once in " + home + " (kc.sh build "
                        + String.join(" ", BUILD_OPTIONS) + "); later starts skip this");
                Files.deleteIfExists(marker);
                run(List.of("rm", "-rf", home.toString()), prepared, null);
                run(List.of("cp", "-a", dist.toString(), home.toString()), prepared, null);
                List<String> build = new ArrayList<>(List.of("bash", home.resolve("bin/kc.sh").toString(), "build"));
                build.addAll(BUILD_OPTIONS);
                run(build, home, prepared.resolve("build.log"));
                Files.writeString(marker, wanted);
                LOG.log(System.Logger.Level.INFO, "Keycloak prepared in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
                return home;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare Keycloak in " + prepared, e);
        }
    }

    /** The unpacked distribution (platform/local-infra's pom unpacks it at build time). */
    public static Path unpackedDistribution() {
        Properties props = new Properties();
        try (InputStream in = KeycloakServer.class.getResourceAsStream("local-infra.properties")) {
            props.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("local-infra.properties missing from the classpath", e);
        }
        String version = props.getProperty("keycloak.version");
        String cache = System.getProperty("hub.cache.dir", props.getProperty("hub.cache.dir"));
        Path home = Path.of(cache, "keycloak-" + version, "keycloak-" + version);
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak " + version + " is not unpacked at " + home
                    + "; build platform/local-infra once (./mvnw -pl platform/local-infra -am install -DskipTests),"
                    + " its pom downloads and unpacks it");
        }
        return home;
    }

    private static void run(List<String> command, Path dir, Path log) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.redirectOutput(log == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(log.toFile()));
        try {
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed"
                        + (log == null ? "" : "; see " + log + ":\n" + tail(log, 30)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    // --- admin operations (delegating to KeycloakAdmin) ----------------------------------------------------

    public KeycloakAdmin admin() {
        return admin;
    }

    /** Imports the realm from a classpath resource, e.g. {@value KeycloakAdmin#REALM_RESOURCE}. */
    public boolean importRealm(String classpathResource) {
        return admin.importRealm(classpathResource);
    }

    public boolean importRealm(byte[] realmJson) {
        return admin.importRealm(realmJson);
    }

    public void createDevClient(String clientId) {
        admin.createDevClient(clientId);
    }

    public String createUser(String username, String password, Collection<String> roles, String department) {
        return admin.createUser(username, password, roles, department);
    }

    public String token(String username, String password) {
        return admin.token(username, password);
    }

    public String baseUrl() {
        return "http://" + Ports.LOOPBACK + ":" + httpPort;
    }

    public String issuer() {
        return admin.issuer();
    }

    public int port() {
        return httpPort;
    }

    public int managementPort() {
        return managementPort;
    }

    public Path workDir() {
        return workDir;
    }

    public long pid() {
        return process.pid();
    }

    /** How long {@link #start} took, up to ready. */
    public Duration startupTime() {
        return startup;
    }

    public void stop() {
        if (process.isAlive() || process.descendants().anyMatch(ProcessHandle::isAlive)) {
            StaleProcesses.kill(process.toHandle(), Duration.ofSeconds(30));
        }
        StaleProcesses.forget(workDir.resolve("keycloak.pid"));
    }

    @Override
    public void close() {
        stop();
    }
}

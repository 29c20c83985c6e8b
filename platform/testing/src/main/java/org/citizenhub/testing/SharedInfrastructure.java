package org.citizenhub.testing;

import org.citizenhub.infra.HubEndpoints;
import org.citizenhub.infra.HubInfrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The real servers every integration test of the hub runs against, shared by all tests of a run.
 * <p>
 * If system property {@code hub.infra.file} (or env {@code HUB_INFRA_FILE}) names an existing file, the servers
 * were started once for the whole run by another process ({@code ./hub test} runs
 * {@code citizen-hub-local.jar infra}) and this class only reads where they are. Otherwise (an IDE, a single
 * module's {@code mvn verify}) it starts them in this JVM, once, on free ports in a temporary directory, and stops
 * them when the JVM exits.
 */
public final class SharedInfrastructure {

    public static final String FILE_PROPERTY = "hub.infra.file";
    public static final String FILE_ENV = "HUB_INFRA_FILE";

    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();
    private static volatile HubEndpoints endpoints;
    private static volatile HubInfrastructure inProcess;

    private SharedInfrastructure() {
    }

    /** Where the servers answer; starts them in this JVM on first use if no infrastructure file is given. */
    public static HubEndpoints get() {
        HubEndpoints e = endpoints;
        if (e == null) {
            synchronized (SharedInfrastructure.class) {
                e = endpoints;
                if (e == null) {
                    e = locate();
                    endpoints = e;
                }
            }
        }
        return e;
    }

    /** Creates database {@code name} (owner hub) unless it exists, returns its JDBC URL. */
    public static String database(String name) {
        HubEndpoints e = get();
        String db = name.toLowerCase(Locale.ROOT) + databaseSuffix();
        if (CREATED.add(db)) {
            e.createDatabase(db);
        }
        return e.jdbcUrl(db);
    }

    /**
     * Several working copies testing against one set of shared servers at once (env {@code HUB_TEST_DATABASE_SUFFIX},
     * e.g. {@code _wt2}) each get their own databases, so one copy's newer migrations never meet another's schema.
     */
    static String databaseSuffix() {
        String suffix = System.getenv("HUB_TEST_DATABASE_SUFFIX");
        return suffix == null || !suffix.matches("[a-z0-9_]{1,20}") ? "" : suffix;
    }

    /** True if the servers run inside this JVM (no infrastructure file). */
    public static boolean inProcess() {
        get();
        return inProcess != null;
    }

    /** Stops the shared Kafka broker (same port and data when {@link #startKafka()} brings it back). */
    public static void stopKafka() {
        control("kafka/stop");
    }

    /** Starts the shared Kafka broker again after {@link #stopKafka()}; returns when it accepts connections. */
    public static void startKafka() {
        control("kafka/start");
    }

    /** Stops the shared Redis (empty when {@link #startRedis()} brings it back on the same port: no persistence). */
    public static void stopRedis() {
        control("redis/stop");
    }

    /** Starts the shared Redis again after {@link #stopRedis()}; returns when it accepts connections. */
    public static void startRedis() {
        control("redis/start");
    }

    private static void control(String action) {
        get();
        HubInfrastructure local = inProcess;
        if (local != null) {
            switch (action) {
                case "kafka/stop" -> local.kafka().stop();
                case "kafka/start" -> local.kafka().start();
                case "redis/stop" -> local.redis().stop();
                case "redis/start" -> local.redis().start();
                default -> throw new IllegalArgumentException(action);
            }
            return;
        }
        String url = endpoints.controlUrl();
        if (url == null) {
            throw new IllegalStateException("the infrastructure file has no control.url; cannot " + action);
        }
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url + "/" + action)).timeout(Duration.ofMinutes(2))
                            .POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(action + " failed: HTTP " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(action + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String configuredFile() {
        String value = System.getProperty(FILE_PROPERTY);
        if (blank(value)) {
            value = System.getenv(FILE_ENV);
        }
        return blank(value) ? null : value.trim();
    }

    private static boolean blank(String value) {
        // an undefined Maven property may arrive literally as ${hub.infra.file}
        return value == null || value.isBlank() || value.startsWith("${");
    }

    private static HubEndpoints locate() {
        String file = configuredFile();
        if (file != null && Files.isRegularFile(Path.of(file))) {
            return HubEndpoints.readFrom(Path.of(file));
        }
        try {
            Path work = Files.createTempDirectory("citizen-hub-test-infra-");
            long t0 = System.nanoTime();
            HubInfrastructure infra = HubInfrastructure.start(work);
            System.out.printf("[citizen-hub] started test infrastructure in this JVM in %.1f s (%s)%n",
                    (System.nanoTime() - t0) / 1e9, infra.describeTimings());
            inProcess = infra;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                infra.close();
                deleteRecursively(work);
            }, "citizen-hub-test-infra-stop"));
            return infra.endpoints();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort in a shutdown hook
        }
    }
}

package org.citizenhub.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The hub's four servers — PostgreSQL, Redis, Kafka, Keycloak — started together (in parallel) by one process and
 * stopped by it (explicitly or from a shutdown hook). Keycloak gets the {@code citizen-hub} realm and the
 * {@code hub-dev} client. Work directory layout: {@code postgres/}, {@code kafka/}, {@code keycloak/}.
 */
public final class HubInfrastructure implements AutoCloseable {

    /** The databases the services use (owner {@code hub}). */
    public static final List<String> SERVICE_DATABASES = List.of("identity", "mailbox", "consultation", "survey", "servicehall",
            "supervision");

    /** Ports for the four servers; 0 = pick a free one. */
    public record ServerPorts(int postgres, int redis, int kafka, int keycloak) {
        /** The fixed ports of the local runner (see the module contract). */
        public static final ServerPorts LOCAL = new ServerPorts(15432, 16379, 19092, 8180);
        /** Free ports, for tests. */
        public static final ServerPorts FREE = new ServerPorts(0, 0, 0, 0);
    }

    private static final System.Logger LOG = System.getLogger(HubInfrastructure.class.getName());

    private final Path workDir;
    private final EmbeddedPostgresServer postgres;
    private final RedisServerProcess redis;
    private final KafkaBroker kafka;
    private final KeycloakServer keycloak;
    private final Map<String, Duration> timings;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private final Thread shutdownHook;

    private HubInfrastructure(Path workDir, EmbeddedPostgresServer postgres, RedisServerProcess redis, KafkaBroker kafka,
                              KeycloakServer keycloak, Map<String, Duration> timings) {
        this.workDir = workDir;
        this.postgres = postgres;
        this.redis = redis;
        this.kafka = kafka;
        this.keycloak = keycloak;
        this.timings = Collections.unmodifiableMap(timings);
        this.shutdownHook = new Thread(this::stopAll, "hub-infrastructure-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Test mode: free ports, the realm from the classpath, all service databases. */
    public static HubInfrastructure start(Path workDir) {
        return start(workDir, ServerPorts.FREE);
    }

    public static HubInfrastructure start(Path workDir, ServerPorts ports) {
        return start(workDir, ports, KeycloakAdmin.defaultRealm());
    }

    /**
     * Starts all four servers in parallel, imports {@code realmJson} (skipped if the realm exists in a kept work
     * directory), creates the {@code hub-dev} client and the service databases. If any server fails, the others
     * are stopped again and the failure is thrown.
     */
    public static HubInfrastructure start(Path workDir, ServerPorts ports, byte[] realmJson) {
        Path dir = workDir.toAbsolutePath();
        long t0 = System.nanoTime();
        Map<String, Duration> timings = Collections.synchronizedMap(new LinkedHashMap<>());
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "hub-infra-start");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletableFuture<KeycloakServer> keycloak = timed(pool, timings, "keycloak", () -> {
                return KeycloakServer.startWithRealm(ports.keycloak(), dir.resolve("keycloak"), realmJson);
            });
            CompletableFuture<EmbeddedPostgresServer> postgres = timed(pool, timings, "postgres", () -> {
                EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(ports.postgres(), dir.resolve("postgres"));
                SERVICE_DATABASES.forEach(pg::createDatabase);
                return pg;
            });
            CompletableFuture<RedisServerProcess> redis = timed(pool, timings, "redis",
                    () -> RedisServerProcess.start(ports.redis(), dir));
            CompletableFuture<KafkaBroker> kafka = timed(pool, timings, "kafka",
                    () -> KafkaBroker.start(ports.kafka(), dir.resolve("kafka")));
            try {
                CompletableFuture.allOf(keycloak, postgres, redis, kafka).join();
            } catch (CompletionException e) {
                // stop whatever did come up, then report the first failure
                List<AutoCloseable> started = new ArrayList<>();
                for (CompletableFuture<? extends AutoCloseable> f : List.of(keycloak, postgres, redis, kafka)) {
                    try {
                        started.add(f.join());
                    } catch (CompletionException ignored) {
                        // this one failed
                    }
                }
                for (AutoCloseable c : started) {
                    try {
                        c.close();
                    } catch (Exception suppressed) {
                        e.addSuppressed(suppressed);
                    }
                }
                throw e.getCause() instanceof RuntimeException re ? re : e;
            }
            timings.put("total", Duration.ofNanos(System.nanoTime() - t0));
            HubInfrastructure infra = new HubInfrastructure(dir, postgres.join(), redis.join(), kafka.join(), keycloak.join(),
                    new LinkedHashMap<>(timings));
            LOG.log(System.Logger.Level.INFO, "Hub infrastructure ready: " + infra.describeTimings());
            return infra;
        } finally {
            pool.shutdown();
        }
    }

    private static <T> CompletableFuture<T> timed(ExecutorService pool, Map<String, Duration> timings, String name,
                                                  Supplier<T> action) {
        return CompletableFuture.supplyAsync(() -> {
            long t = System.nanoTime();
            T result = action.get();
            timings.put(name, Duration.ofNanos(System.nanoTime() - t));
            return result;
        }, pool);
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    public RedisServerProcess redis() {
        return redis;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public Path workDir() {
        return workDir;
    }

    /** Wall-clock start time per server (including realm import / database creation) and in total. */
    public Map<String, Duration> timings() {
        return timings;
    }

    public String describeTimings() {
        StringBuilder sb = new StringBuilder();
        timings.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k).append(' ')
                .append(String.format("%.1f s", v.toMillis() / 1000.0)));
        return sb.toString();
    }

    public HubEndpoints endpoints() {
        return new HubEndpoints(postgres.urlBase(), EmbeddedPostgresServer.USERNAME, EmbeddedPostgresServer.PASSWORD,
                kafka.bootstrapServers(), redis.host(), redis.port(), keycloak.baseUrl(), KeycloakAdmin.REALM,
                keycloak.issuer(), KeycloakServer.ADMIN_USERNAME, KeycloakServer.ADMIN_PASSWORD, KeycloakAdmin.DEV_CLIENT);
    }

    public Properties toProperties() {
        return endpoints().toProperties();
    }

    public void writeTo(Path file) {
        endpoints().writeTo(file);
    }

    public static HubEndpoints readFrom(Path file) {
        return HubEndpoints.readFrom(file);
    }

    /** Stops everything this instance started, Keycloak first, PostgreSQL last. Idempotent. */
    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // called from the hook itself
        }
    }

    public void stop() {
        close();
    }

    /**
     * For an owner that stops this infrastructure from its own shutdown hook in a defined order (JVM shutdown hooks
     * run concurrently): removes the hook registered by {@link #start}. The caller must then {@link #close()}.
     */
    public void detachShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // too late: the hook is already running
        }
    }

    private void stopAll() {
        if (!stopping.compareAndSet(false, true)) {
            stopped.join(); // another thread (e.g. a shutdown hook) is stopping: wait until it is done
            return;
        }
        try {
            // Each stop is independent of the others' failures. Kafka runs in this JVM, so it goes last: should its
            // shutdown fail (e.g. a class that can no longer be loaded from a fat jar during JVM exit), it dies
            // with the JVM anyway, and the child processes are already gone.
            CompletableFuture<Void> kc = CompletableFuture.runAsync(() -> quietly("Keycloak", keycloak::stop));
            quietly("Redis", redis::stop);
            quietly("PostgreSQL", postgres::stop);
            try {
                kc.get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "Keycloak stop did not finish", e);
            }
            CompletableFuture<Void> k = CompletableFuture.runAsync(() -> quietly("Kafka", kafka::stop));
            try {
                k.get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "Kafka stop did not finish in 30 s", e);
            }
        } finally {
            stopped.complete(null);
        }
    }

    private static void quietly(String what, Runnable stop) {
        long t = System.nanoTime();
        try {
            stop.run();
            LOG.log(System.Logger.Level.INFO, what + " stopped in " + (System.nanoTime() - t) / 1_000_000 + " ms");
        } catch (Throwable e) { // also NoClassDefFoundError & co. during JVM exit: the next server must still stop
            LOG.log(System.Logger.Level.WARNING, what + " did not stop cleanly: " + e);
        }
    }
}

package org.citizenhub.deploy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.citizenhub.deploy.bench.SubmissionLoad;
import org.citizenhub.infra.HubEndpoints;
import org.citizenhub.infra.HubInfrastructure;
import org.citizenhub.infra.HubInfrastructure.ServerPorts;
import org.citizenhub.infra.KeycloakAdmin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The local runner: real infrastructure without Docker plus every built service.
 * <pre>
 *   start [--work DIR] [--root DIR] [--bench true]
 *                                     the whole hub on the fixed local ports; Ctrl-C (or `stop`) stops it all;
 *                                     --bench true (or HUB_BENCH=1): benchmark mode, see {@link #BENCH_GATEWAY_ARGS}
 *   infra --out FILE --work DIR       test mode: servers on free ports, fresh data in DIR, FILE written when ready
 *   stop  [--work DIR]                stops a hub started by `start` (pid file in the work dir)
 *   bench [options]                   load scenario against a running hub ({@link SubmissionLoad})
 * </pre>
 */
public final class LocalHub {

    private static final Duration SERVICE_READY_TIMEOUT = Duration.ofMinutes(4);

    /**
     * The named route limits of the gateway's application.yml that benchmark mode raises. Only the limits are set,
     * so a name that no longer exists there would make a route without paths, which the gateway refuses at start:
     * {@code BenchModeTest} checks this list against the gateway's application.yml.
     */
    static final List<String> BENCH_RAISED_ROUTES = List.of("survey-participation");

    /**
     * Benchmark mode ({@code ./hub start --bench}), for this local run only: a load generator on one machine is one
     * client address, so the gateway's per-IP bucket of the public listener (50/s, burst 100) is raised; the
     * per-user buckets, authentication and everything else stay as configured, and the limiter still runs (its
     * Redis round trips are part of what is measured). The same goes for the named route limits
     * ({@code hub.gateway.rate-limit.routes}, {@link #BENCH_RAISED_ROUTES}): the survey participation limit (a few
     * answers a minute per citizen and per address) would otherwise be all that {@code ./hub bench --scenario
     * surveys} measures through the gateway; it is raised per user and per address, and its buckets are still drawn.
     * The production defaults in the gateway's application.yml are not touched.
     */
    static final List<String> BENCH_GATEWAY_ARGS = benchArgs();

    private static List<String> benchArgs() {
        List<String> args = new ArrayList<>(List.of(
                "--hub.gateway.rate-limit.groups.public.ip.replenish-rate=100000",
                "--hub.gateway.rate-limit.groups.public.ip.burst-capacity=200000"));
        for (String route : BENCH_RAISED_ROUTES) {
            for (String bucket : List.of("user", "ip")) {
                String prefix = "--hub.gateway.rate-limit.routes." + route + "." + bucket + ".";
                args.add(prefix + "replenish=100000");
                args.add(prefix + "period=1s");
                args.add(prefix + "burst=200000");
            }
        }
        return List.copyOf(args);
    }

    /**
     * The gateway's arguments in benchmark mode: {@link #BENCH_GATEWAY_ARGS}, then any in {@code HUB_BENCH_GATEWAY_ARGS}
     * (space-separated, for what-if experiments that the benchmark README records as such).
     */
    static List<String> benchGatewayArgs() {
        List<String> args = new ArrayList<>(BENCH_GATEWAY_ARGS);
        String extra = System.getenv("HUB_BENCH_GATEWAY_ARGS");
        if (extra != null && !extra.isBlank()) {
            args.addAll(List.of(extra.trim().split("\\s+")));
        }
        return args;
    }

    private LocalHub() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s %3$s - %5$s%6$s%n");
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        if (args[0].equals("bench")) {
            System.exit(SubmissionLoad.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        Map<String, String> options = options(args);
        switch (args[0]) {
            case "start" -> start(options);
            case "infra" -> infra(options);
            case "stop" -> System.exit(stop(options));
            default -> {
                usage();
                System.exit(2);
            }
        }
    }

    private static void usage() {
        System.err.println("""
                usage: java -jar citizen-hub-local.jar start [--work DIR] [--root DIR] [--bench true]
                       java -jar citizen-hub-local.jar infra --out FILE --work DIR
                       java -jar citizen-hub-local.jar stop [--work DIR]
                       java -jar citizen-hub-local.jar bench [--rate 100,250,500] [--duration 30s] ... (--help)""");
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
        }
        return options;
    }

    private static Path workDir(Map<String, String> options) {
        return Path.of(options.getOrDefault("work", ".hub")).toAbsolutePath().normalize();
    }

    // --- infra (test mode) ------------------------------------------------------------------------------

    private static void infra(Map<String, String> options) throws Exception {
        Path out = Path.of(required(options, "out")).toAbsolutePath();
        Path work = Path.of(required(options, "work")).toAbsolutePath();
        Files.createDirectories(work);
        Files.deleteIfExists(out);
        long t0 = System.nanoTime();
        HubInfrastructure infra = HubInfrastructure.start(work.resolve("servers"));
        HttpServer control = controlServer(infra);
        String controlUrl = "http://127.0.0.1:" + control.getAddress().getPort();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> control.stop(0), "control-stop"));
        infra.endpoints().withControlUrl(controlUrl).writeTo(out);
        System.out.printf("Test infrastructure ready in %.1f s (%s); wrote %s%n", (System.nanoTime() - t0) / 1e9,
                infra.describeTimings(), out);
        infra.endpoints().toProperties().forEach((k, v) -> System.out.println("  " + k + " = " + v));
        System.out.println("  control.url = " + controlUrl);
        // run until killed; the shutdown hook of HubInfrastructure stops the servers
        new CountDownLatch(1).await();
    }

    /**
     * POST /kafka/stop, /kafka/start, /redis/stop, /redis/start, for tests that simulate a broker or Redis outage.
     * 127.0.0.1 only.
     */
    private static HttpServer controlServer(HubInfrastructure infra) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/kafka/stop", ex -> control(ex, () -> infra.kafka().stop()));
        server.createContext("/kafka/start", ex -> control(ex, () -> infra.kafka().start()));
        server.createContext("/redis/stop", ex -> control(ex, () -> infra.redis().stop()));
        server.createContext("/redis/start", ex -> control(ex, () -> infra.redis().start()));
        server.createContext("/health", ex -> control(ex, () -> { }));
        server.start();
        return server;
    }

    private static void control(HttpExchange ex, Runnable action) throws IOException {
        int status;
        String body;
        if (!ex.getRequestURI().getPath().equals("/health") && !"POST".equals(ex.getRequestMethod())) {
            status = 405;
            body = "POST only";
        } else {
            try {
                action.run();
                status = 200;
                body = "ok";
            } catch (RuntimeException e) {
                status = 500;
                body = String.valueOf(e);
            }
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }

    // --- start (the whole hub) --------------------------------------------------------------------------

    private static void start(Map<String, String> options) throws Exception {
        Path work = workDir(options);
        Path root = Path.of(options.getOrDefault("root", ".")).toAbsolutePath().normalize();
        Path pidFile = work.resolve("hub.pid");
        boolean bench = Boolean.parseBoolean(options.getOrDefault("bench", "false"))
                || "1".equals(System.getenv("HUB_BENCH")) || "true".equalsIgnoreCase(System.getenv("HUB_BENCH"));
        Optional<ProcessHandle> running = runningHub(pidFile);
        if (running.isPresent()) {
            System.err.println("A hub is already running (pid " + running.get().pid() + "); stop it with ./hub stop");
            System.exit(1);
        }
        Path logs = work.resolve("logs");
        Files.createDirectories(logs);
        Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));

        List<ServiceProcess> services = Collections.synchronizedList(new ArrayList<>());
        HubInfrastructure[] infraRef = new HubInfrastructure[1];
        Thread hook = new Thread(() -> shutdown(services, infraRef[0], pidFile), "hub-stop");
        Runtime.getRuntime().addShutdownHook(hook);

        long t0 = System.nanoTime();
        if (bench) {
            System.out.println("BENCHMARK MODE (this local run only): gateway per-IP and route limits raised;"
                    + " gateway arguments " + String.join(" ", benchGatewayArgs()));
        }
        System.out.println("Starting Citizen Hub infrastructure (data in " + work.resolve("data") + ") ...");
        HubInfrastructure infra = HubInfrastructure.start(work.resolve("data"), ServerPorts.LOCAL);
        infraRef[0] = infra;
        infra.detachShutdownHook(); // our hook stops the services first, then the infrastructure
        System.out.printf("Infrastructure ready in %.1f s (%s)%n", (System.nanoTime() - t0) / 1e9, infra.describeTimings());
        HubEndpoints endpoints = infra.endpoints();
        List<DemoUser> demoUsers = createDemoUsers(endpoints.keycloakAdmin());

        Map<String, String> env = new LinkedHashMap<>();
        env.put("HUB_DB_URL_BASE", endpoints.postgresUrlBase());
        env.put("HUB_KAFKA", endpoints.kafkaBootstrapServers());
        env.put("HUB_REDIS_HOST", endpoints.redisHost());
        env.put("HUB_REDIS_PORT", Integer.toString(endpoints.redisPort()));
        env.put("HUB_ISSUER", endpoints.keycloakIssuer());

        Map<String, AotCache> caches = startUpCaches(root, work, env, logs);

        // every service and the gateway at once: the gateway needs none of them to start (its routes are fixed and
        // a service not up yet is answered 503 by its circuit breaker), and the hub is reported running only when
        // all are ready
        List<String> skipped = new ArrayList<>();
        List<ServiceProcess> started = new ArrayList<>();
        for (HubService s : HubService.ALL) {
            Optional<ServiceProcess> p = launch(s, root, env, logs, skipped, bench, caches);
            p.ifPresent(sp -> {
                services.add(sp);
                started.add(sp);
            });
        }
        List<String> failed = new ArrayList<>();
        awaitAll(started, failed);

        printSummary(endpoints, services, skipped, failed, demoUsers, work, t0);
        if (bench) {
            System.out.println("  BENCHMARK MODE: gateway per-IP and route limits raised. Load: ./hub bench\n");
        }
        new CountDownLatch(1).await(); // until Ctrl-C / ./hub stop (TERM): the shutdown hook stops everything
    }

    private static Optional<ServiceProcess> launch(HubService s, Path root, Map<String, String> env, Path logs,
                                                   List<String> skipped, boolean bench, Map<String, AotCache> caches) {
        Optional<Path> jar = s.jar(root);
        if (jar.isEmpty()) {
            skipped.add(s.name());
            return Optional.empty();
        }
        Optional<AotCache> cache = Optional.ofNullable(caches.get(s.name())).filter(AotCache::isTrained);
        System.out.println("Starting " + s.name() + " on " + s.url() + " from " + root.relativize(jar.get())
                + cache.map(c -> " (start-up cache " + root.relativize(c.cacheFile()) + ")").orElse("")
                + " (log " + logs.resolve(s.name() + ".log") + ")");
        return Optional.of(ServiceProcess.start(s, cache.map(AotCache::jar).orElse(jar.get()),
                cache.flatMap(AotCache::jvmOption).stream().toList(), env, logs, bench));
    }

    /**
     * The JDK's ahead-of-time cache of every built service ({@link AotCache}), trained now, all at once, for the
     * builds that have none yet (the first start after a build: its services then start in seconds). Off with
     * {@code HUB_AOT_CACHE=0}, and on JDKs before 25, where the options do not exist.
     */
    private static Map<String, AotCache> startUpCaches(Path root, Path work, Map<String, String> env, Path logs) {
        Map<String, AotCache> caches = new HashMap<>();
        if (Runtime.version().feature() < 25 || "0".equals(System.getenv("HUB_AOT_CACHE"))) {
            return caches;
        }
        List<HubService> untrained = new ArrayList<>();
        for (HubService s : HubService.ALL) {
            s.jar(root).ifPresent(jar -> {
                AotCache cache = AotCache.of(work, s.name(), jar);
                caches.put(s.name(), cache);
                if (!cache.isTrained()) {
                    untrained.add(s);
                }
            });
        }
        if (untrained.isEmpty()) {
            return caches;
        }
        long t0 = System.nanoTime();
        System.out.println("Training the start-up cache (JDK AOT cache, once per build) of "
                + untrained.stream().map(HubService::name).toList() + " ...");
        untrained.parallelStream().forEach(s -> {
            Map<String, String> environment = s.environment(env);
            Path log = logs.resolve(s.name() + "-aot-training.log");
            boolean trained = caches.get(s.name()).train(ServiceProcess.java(), ServiceProcess.jvmOptions(),
                    s.arguments(env), environment, log);
            if (!trained) {
                System.out.println("  " + s.name() + ": training failed (see " + log + "); starting without the cache");
            }
        });
        System.out.printf("Start-up caches trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return caches;
    }

    private static void awaitAll(List<ServiceProcess> processes, List<String> failed) {
        for (ServiceProcess p : processes) {
            if (p.awaitReady(SERVICE_READY_TIMEOUT)) {
                System.out.printf("  %-22s ready in %.1f s%n", p.service.name(), p.sinceStart().toMillis() / 1000.0);
            } else {
                failed.add(p.service.name());
                System.out.printf("  %-22s NOT READY (%s); last lines of %s:%n%s%n", p.service.name(),
                        p.isAlive() ? "timeout" : "exited", p.log, p.tail(25));
            }
        }
    }

    private static void printSummary(HubEndpoints e, List<ServiceProcess> services, List<String> skipped,
                                     List<String> failed, List<DemoUser> users, Path work, long t0) {
        StringBuilder sb = new StringBuilder();
        sb.append("\n================ Citizen Hub is running (").append(String.format("%.1f s", (System.nanoTime() - t0) / 1e9))
                .append(") ================\n");
        for (ServiceProcess p : services) {
            sb.append(String.format("  %-22s %s%s%n", p.service.name(), p.service.url(),
                    failed.contains(p.service.name()) ? "   (NOT READY, see " + p.log + ")" : ""));
            if (p.service.isGateway()) {
                sb.append(String.format("  %-22s http://127.0.0.1:%d%n", "gateway admin", HubService.GATEWAY_ADMIN_PORT));
            }
        }
        if (!skipped.isEmpty()) {
            sb.append("  not built (skipped):   ").append(String.join(", ", skipped)).append('\n');
        }
        sb.append(String.format("  %-22s %s  (admin console: %s/admin, %s / %s)%n", "Keycloak", e.keycloakUrl(),
                e.keycloakUrl(), e.keycloakAdminUsername(), e.keycloakAdminPassword()));
        sb.append(String.format("  %-22s %s (user hub / hub)%n", "PostgreSQL", e.postgresUrlBase() + "<db>"));
        sb.append(String.format("  %-22s %s%n", "Kafka", e.kafkaBootstrapServers()));
        sb.append(String.format("  %-22s %s:%d%n", "Redis", e.redisHost(), e.redisPort()));
        sb.append("\n  Demo accounts (realm ").append(e.keycloakRealm()).append(", local only):\n");
        for (DemoUser u : users) {
            sb.append(String.format("    %-16s password %-24s roles %s%s%s%n", u.username, u.password, u.roles,
                    u.department == null ? "" : " department " + u.department, u.site == null ? "" : " site " + u.site));
        }
        DemoUser first = users.isEmpty() ? new DemoUser("demo-citizen", "...", List.of(), null, null) : users.get(0);
        sb.append("\n  Get a token:\n    curl -s -d grant_type=password -d client_id=").append(e.keycloakDevClient())
                .append(" -d username=").append(first.username).append(" -d password=").append(first.password)
                .append(" ").append(e.keycloakIssuer()).append("/protocol/openid-connect/token | jq -r .access_token\n");
        sb.append("\n  Logs: ").append(work.resolve("logs")).append("   Stop: Ctrl-C or ./hub stop\n");
        System.out.println(sb);
    }

    record DemoUser(String username, String password, List<String> roles, String department, String site) {
    }

    private static List<DemoUser> createDemoUsers(KeycloakAdmin admin) {
        List<DemoUser> users = new ArrayList<>();
        try (InputStream in = LocalHub.class.getResourceAsStream("/local/demo-users.json")) {
            if (in == null) {
                System.out.println("(no demo-users.json in the runner jar: no demo accounts)");
                return users;
            }
            JsonNode root = JsonMapper.builder().build().readTree(in.readAllBytes());
            for (JsonNode u : root.path("users")) {
                List<String> roles = new ArrayList<>();
                u.path("roles").forEach(r -> roles.add(r.asString()));
                String department = u.path("department").isNull() || u.path("department").isMissingNode()
                        ? null : u.path("department").asString();
                String site = u.path("site").isNull() || u.path("site").isMissingNode() ? null : u.path("site").asString();
                DemoUser user = new DemoUser(u.path("username").asString(), u.path("password").asString(), roles,
                        department, site);
                admin.createUser(user.username, user.password, roles, department, site);
                users.add(user);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return users;
    }

    private static void shutdown(List<ServiceProcess> services, HubInfrastructure infra, Path pidFile) {
        System.out.println("\nStopping Citizen Hub ...");
        List<ServiceProcess> reverse;
        synchronized (services) {
            reverse = new ArrayList<>(services);
        }
        Collections.reverse(reverse);
        // the gateway first, then the services (in parallel, each with a graceful-shutdown grace period)
        if (!reverse.isEmpty() && reverse.get(0).service.isGateway()) {
            long t = System.nanoTime();
            reverse.remove(0).stop(Duration.ofSeconds(20));
            System.out.printf("  gateway stopped (%.1f s)%n", (System.nanoTime() - t) / 1e9);
        }
        reverse.parallelStream().forEach(p -> {
            long t = System.nanoTime();
            p.stop(Duration.ofSeconds(30));
            System.out.printf("  %s stopped (%.1f s)%n", p.service.name(), (System.nanoTime() - t) / 1e9);
        });
        if (infra != null) {
            infra.close();
            System.out.println("  Keycloak, Kafka, Redis, PostgreSQL stopped");
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // best effort
        }
    }

    // --- stop -------------------------------------------------------------------------------------------

    private static int stop(Map<String, String> options) throws Exception {
        Path pidFile = workDir(options).resolve("hub.pid");
        Optional<ProcessHandle> hub = runningHub(pidFile);
        if (hub.isEmpty()) {
            System.out.println("No running hub found (" + pidFile + ")");
            return 0;
        }
        System.out.println("Stopping the hub (pid " + hub.get().pid() + ") ...");
        hub.get().destroy();
        try {
            hub.get().onExit().get(3, TimeUnit.MINUTES);
            System.out.println("Stopped.");
            return 0;
        } catch (Exception e) {
            System.err.println("The hub did not stop within 3 minutes; killing it");
            hub.get().descendants().forEach(ProcessHandle::destroyForcibly);
            hub.get().destroyForcibly();
            return 1;
        }
    }

    private static Optional<ProcessHandle> runningHub(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(h -> commandLine(h).contains("citizen-hub-local"));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String commandLine(ProcessHandle h) {
        try {
            Path cmdline = Path.of("/proc", Long.toString(h.pid()), "cmdline");
            if (Files.isReadable(cmdline)) {
                return Files.readString(cmdline).replace('\0', ' ');
            }
        } catch (IOException ignored) {
            // fall back
        }
        return h.info().commandLine().orElse("");
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}

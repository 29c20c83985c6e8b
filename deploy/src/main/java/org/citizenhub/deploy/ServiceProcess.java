package org.citizenhub.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.citizenhub.infra.Watchdog;

/**
 * A service jar run as a child process (in its own session, under a watchdog shell that stops it if the runner's
 * JVM disappears), output to a log file.
 */
final class ServiceProcess {

    final HubService service;
    final Path log;
    private final Process process;
    final long started = System.nanoTime();

    private ServiceProcess(HubService service, Path log, Process process) {
        this.service = service;
        this.log = log;
        this.process = process;
    }

    /**
     * The JVM options of every service the runner starts (and of its start-up cache's training run, which must use
     * the same heap and collector for the cache to be usable). The serial collector: one GC thread and no concurrent
     * marking, the least CPU and memory for heaps of this size on a machine of a few cores (the JVM's own choice
     * below 2 CPUs or 1.8 GB); a small initial heap that grows with need, so an idle service stays small.
     */
    static List<String> jvmOptions() {
        return List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx512m", "-Duser.timezone=Asia/Shanghai",
                "-Dfile.encoding=UTF-8");
    }

    /**
     * @param jar       the jar to run (the extracted copy when a start-up cache is used)
     * @param cacheJvm  JVM options of the start-up cache ({@link AotCache#jvmOption()}), or none
     * @param bench     benchmark mode: the gateway with {@link LocalHub#benchGatewayArgs()}
     */
    static ServiceProcess start(HubService service, Path jar, List<String> cacheJvm, Map<String, String> infra,
                                Path logDir, boolean bench) {
        Path log = logDir.resolve(service.name() + ".log");
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions());
        command.addAll(cacheJvm);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(service.arguments(infra));
        if (bench && service.isGateway()) {
            command.addAll(LocalHub.benchGatewayArgs());
        }
        // In its own session, so the terminal's Ctrl-C reaches only the runner, which stops services in order.
        List<String> watched = new ArrayList<>(List.of("setsid"));
        watched.addAll(Watchdog.watched(service.name() + "-watchdog", command));
        ProcessBuilder pb = new ProcessBuilder(watched)
                .directory(logDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        pb.environment().putAll(service.environment(infra));
        try {
            return new ServiceProcess(service, log, pb.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + service.name(), e);
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until /actuator/health/readiness answers UP; false if the process died or the timeout passed. */
    boolean awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return false;
            }
            for (String url : service.readinessUrls()) {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains("UP")) {
                        return true;
                    }
                } catch (IOException e) {
                    // not up yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    Duration sinceStart() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** TERM (graceful shutdown), then KILL after the grace period; the whole process tree. */
    void stop(Duration grace) {
        var tree = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        for (ProcessHandle h : tree) {
            if (h.isAlive()) {
                h.destroy();
                try {
                    h.onExit().get(5, TimeUnit.SECONDS);
                } catch (Exception e) {
                    h.destroyForcibly();
                }
            }
        }
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}

package org.citizenhub.infra;

import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A real Redis server (embedded binaries from Maven Central) on 127.0.0.1, no persistence. {@link #stop()} and
 * {@link #start()} let a test take it away and bring it back on the same port (empty: nothing is persisted).
 */
public final class RedisServerProcess implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RedisServerProcess.class.getName());

    private RedisServer server;
    private final int port;
    private Path pidFile;
    private boolean running = true;

    private RedisServerProcess(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts Redis on {@code port} (0 = a free port). */
    public static RedisServerProcess start(int port) {
        return start(port, null);
    }

    /**
     * As {@link #start(int)}, recording the redis-server pid in {@code workDir/redis.pid} (if not null) so that a
     * server left behind by a killed JVM is stopped by the next start in the same directory.
     */
    public static RedisServerProcess start(int port, Path workDir) {
        Path pidFile = workDir == null ? null : workDir.toAbsolutePath().resolve("redis.pid");
        if (pidFile != null) {
            StaleProcesses.killLeftover(pidFile, "redis-server");
        }
        int chosen = Ports.orFree(port);
        RedisServerProcess started = new RedisServerProcess(newServer(chosen), chosen);
        started.pidFile = pidFile;
        started.recordPid();
        return started;
    }

    private void recordPid() {
        if (pidFile != null) {
            String marker = Ports.LOOPBACK + ":" + port;
            ProcessHandle.current().descendants()
                    .filter(h -> StaleProcesses.commandLine(h).contains("redis-server")
                            && StaleProcesses.commandLine(h).contains(marker))
                    .findFirst()
                    .ifPresent(h -> StaleProcesses.record(pidFile, h.pid()));
        }
    }

    private static RedisServer newServer(int chosen) {
        Ports.requireFree(chosen, "Redis");
        try {
            RedisServer server = RedisServer.newRedisServer()
                    .port(chosen)
                    .bind(Ports.LOOPBACK)
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .setting("protected-mode yes")
                    .setting("daemonize no")
                    .onShutdownForceStop(false) // HubInfrastructure stops it in order from its own hook
                    .soutListener(line -> { })
                    .serrListener(line -> LOG.log(System.Logger.Level.WARNING, "redis: " + line))
                    .build();
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Redis did not start on port " + chosen, e);
        }
    }

    public int port() {
        return port;
    }

    public String host() {
        return Ports.LOOPBACK;
    }

    /** Starts the server again after {@link #stop()}, on the same port; returns when it accepts connections. */
    public synchronized void start() {
        if (!running) {
            server = newServer(port);
            running = true;
            recordPid();
        }
    }

    /** Stops the server; returns when its process has exited. Idempotent. */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        try {
            server.stop();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Redis did not stop cleanly", e);
        }
    }

    public synchronized boolean isRunning() {
        return running;
    }

    @Override
    public void close() {
        stop();
    }
}

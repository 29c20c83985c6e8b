package org.citizenhub.infra;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real Kafka broker in this JVM: one KRaft node that is both broker and controller, on 127.0.0.1, built from the
 * Apache Kafka server jars. It can be stopped and started again on the same port and log directory (tests simulate
 * a broker outage that way). Single node: internal topics have replication factor 1; topics are auto-created.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(KafkaBroker.class.getName());
    private static final int NODE_ID = 1;

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private final Map<String, String> overrides;
    private KafkaRaftServer server;

    private KafkaBroker(int port, int controllerPort, Path logDir, Map<String, String> overrides) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.logDir = logDir.toAbsolutePath();
        this.overrides = Map.copyOf(overrides);
    }

    /** Starts a broker on {@code port} (0 = a free port) keeping its log in {@code logDir} (formatted if new). */
    public static KafkaBroker start(int port, Path logDir) {
        return start(port, logDir, Map.of());
    }

    /** As {@link #start(int, Path)}, with extra broker configuration. */
    public static KafkaBroker start(int port, Path logDir, Map<String, String> overrides) {
        int brokerPort = Ports.orFree(port);
        int controllerPort = port == 0 ? Ports.free() : controllerPortFor(brokerPort);
        KafkaBroker broker = new KafkaBroker(brokerPort, controllerPort, logDir, overrides);
        broker.start();
        return broker;
    }

    /** The controller listens next to a fixed broker port (19092 -> 19093) so a kept log dir stays valid. */
    private static int controllerPortFor(int brokerPort) {
        return brokerPort + 1;
    }

    /** Starts (again) on the same ports and log directory. No-op when already running. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        Ports.requireFree(port, "Kafka");
        Ports.requireFree(controllerPort, "Kafka controller");
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Kafka loads plugin classes (e.g. the share-state persister) by name through the context class loader, and
        // its threads inherit it: make it the loader that sees the Kafka jars, whichever thread calls start()
        // (inside a Spring Boot fat jar a plain thread's context loader does not).
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KafkaBroker.class.getClassLoader());
        try {
            KafkaConfig config = KafkaConfig.fromProps(properties(), false);
            format(config);
            KafkaRaftServer raft = new KafkaRaftServer(config, Time.SYSTEM);
            try {
                raft.startup();
            } catch (RuntimeException e) {
                safeShutdown(raft);
                throw new IllegalStateException("Kafka did not start on port " + port + " (log dir " + logDir + ")", e);
            }
            server = raft;
            awaitServing(Duration.ofMinutes(2));
        } finally {
            thread.setContextClassLoader(previous);
        }
        LOG.log(System.Logger.Level.INFO, "Kafka broker listening on " + bootstrapServers());
    }

    /**
     * Returns once clients can really use the broker: it is registered and unfenced (visible in the cluster
     * metadata) and every existing partition has a leader again — so a producer with a short max.block.ms can
     * send right after {@link #start()} returns, also after a restart.
     */
    private void awaitServing(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000))) {
            Exception last = null;
            while (System.nanoTime() < deadline) {
                try {
                    if (!admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).isEmpty()) {
                        Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names()
                                .get(10, TimeUnit.SECONDS);
                        if (topics.isEmpty()) {
                            return;
                        }
                        boolean allLed = admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values()
                                .stream().flatMap(t -> t.partitions().stream())
                                .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
                        if (allLed) {
                            return;
                        }
                    }
                } catch (ExecutionException | TimeoutException e) {
                    last = e;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                Ports.sleep(100);
            }
            throw new IllegalStateException("Kafka on " + bootstrapServers() + " not serving within " + timeout, last);
        }
    }

    /** Stops the broker; {@link #start()} brings it back on the same port with the same data. */
    public synchronized void stop() {
        KafkaRaftServer raft = server;
        server = null;
        if (raft != null) {
            safeShutdown(raft);
            Ports.awaitClosed(port, Duration.ofSeconds(10));
            LOG.log(System.Logger.Level.INFO, "Kafka broker on port " + port + " stopped");
        }
    }

    private static void safeShutdown(KafkaRaftServer raft) {
        try {
            raft.shutdown();
            raft.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Kafka did not shut down cleanly", e);
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public String bootstrapServers() {
        return Ports.LOOPBACK + ":" + port;
    }

    public int port() {
        return port;
    }

    public Path logDir() {
        return logDir;
    }

    @Override
    public void close() {
        stop();
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@" + Ports.LOOPBACK + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + Ports.LOOPBACK + ":" + port + ",CONTROLLER://" + Ports.LOOPBACK + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + Ports.LOOPBACK + ":" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("auto.create.topics.enable", "true");
        p.put("num.partitions", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("log.cleaner.threads", "1");
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(4 * 1024 * 1024));
        p.put("log.segment.bytes", Integer.toString(16 * 1024 * 1024));
        p.put("controlled.shutdown.enable", "true");
        p.put("unstable.api.versions.enable", "false");
        p.putAll(overrides);
        return p;
    }

    private void format(KafkaConfig config) {
        if (Files.isRegularFile(logDir.resolve("meta.properties"))) {
            return;
        }
        try (PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(quiet)
                    .setNodeId(config.nodeId())
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .addDirectory(logDir.toString())
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("could not format Kafka storage in " + logDir, e);
        }
    }
}

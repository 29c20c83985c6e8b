package org.citizenhub.supervision.overdue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.citizenhub.audit.AuditActor;
import org.citizenhub.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The Kafka side of the intake: one Spring Kafka listener container on every topic the read model reads, in a consumer
 * group of its own that is kept in {@code sv_intake}. A new database has no group yet, so it gets a new one and reads
 * every topic from offset 0; a rebuild stops the container, empties the model, takes a new group and starts again —
 * the same thing. A record whose processing fails is tried {@code attempts} times, then parked, so one bad event never
 * holds up its partition.
 */
@Component
class IntakeConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IntakeConsumer.class);

    /** Where the intake stands: its group and, per topic partition, the committed offset and the end. */
    record Status(String groupId, int generation, long lag, Map<String, Long> lagPerTopic) {
    }

    private final Intake intake;
    private final ReadModel model;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final OverdueProperties properties;
    private final Clock clock;
    private final String bootstrapServers;
    private ConcurrentMessageListenerContainer<String, byte[]> container;
    private volatile boolean running;

    IntakeConsumer(Intake intake, ReadModel model, JdbcClient jdbc, TransactionTemplate transactions, AuditLog audit,
                   OverdueProperties properties, Clock clock, Environment environment) {
        this.intake = intake;
        this.model = model;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.bootstrapServers = environment.getProperty("spring.kafka.bootstrap-servers", "127.0.0.1:19092");
    }

    @Override
    public synchronized void start() {
        running = true;
        if (properties.intakeEnabled()) {
            startContainer(currentGroup());
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        stopContainer();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Empties the read model and reads every topic again from offset 0 in a new consumer group. Audit-logged in the
     * transaction that empties the model.
     */
    synchronized Status rebuild(AuditActor actor) {
        stopContainer();
        String group = transactions.execute(status -> {
            model.empty();
            var previous = currentGroup();
            int generation = previous.generation() + 1;
            String id = newGroupId(generation);
            jdbc.sql("update sv_intake set group_id = ?, generation = ?, started_at = ?")
                    .params(id, generation, java.time.OffsetDateTime.now(clock)).update();
            audit.record(actor, "supervision.read-model.rebuilt", "read-model", "sv_case",
                    Map.of("previousGroup", previous.groupId(), "group", id, "generation", generation));
            return id;
        });
        log.info("Read model emptied; replaying every topic from offset 0 in consumer group {}", group);
        if (properties.intakeEnabled() && running) {
            startContainer(currentGroup());
        }
        return status();
    }

    /** Where the intake stands; lag is what is published but not yet read by the current group. */
    Status status() {
        var group = currentGroup();
        Map<TopicPartition, Long> ends = endOffsets();
        Map<TopicPartition, Long> committed = committedOffsets(group.groupId());
        Map<String, Long> perTopic = new HashMap<>();
        long total = 0;
        for (var e : ends.entrySet()) {
            long lag = Math.max(0, e.getValue() - committed.getOrDefault(e.getKey(), 0L));
            perTopic.merge(e.getKey().topic(), lag, Long::sum);
            total += lag;
        }
        return new Status(group.groupId(), group.generation(), total, perTopic);
    }

    /** The end of every partition of the topics read (for a caller that waits until the intake reached them). */
    Map<TopicPartition, Long> endOffsets() {
        try (Admin admin = admin()) {
            var described = admin.describeTopics(List.copyOf(intake.topics())).topicNameValues();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (var e : described.entrySet()) {
                try {
                    e.getValue().get(10, TimeUnit.SECONDS).partitions()
                            .forEach(p -> latest.put(new TopicPartition(e.getKey(), p.partition()), OffsetSpec.latest()));
                } catch (ExecutionException missingTopic) {
                    // not created yet: nothing to read there
                }
            }
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS)
                    .forEach((tp, info) -> ends.put(tp, info.offset()));
            return ends;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not tell the topics' end offsets", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The offsets the current group has committed. */
    Map<TopicPartition, Long> committedOffsets() {
        return committedOffsets(currentGroup().groupId());
    }

    private Map<TopicPartition, Long> committedOffsets(String groupId) {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(groupId)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, Long> committed = new HashMap<>();
            offsets.forEach((tp, o) -> {
                if (o != null) {
                    committed.put(tp, o.offset());
                }
            });
            return committed;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not tell the group's offsets", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Group(String groupId, int generation) {
    }

    private Group currentGroup() {
        return transactions.execute(status -> {
            jdbc.sql("insert into sv_intake (id, group_id, generation, started_at) values (1, ?, 1, ?) on conflict do nothing")
                    .params(newGroupId(1), java.time.OffsetDateTime.now(clock)).update();
            return jdbc.sql("select group_id, generation from sv_intake where id = 1")
                    .query((rs, n) -> new Group(rs.getString(1), rs.getInt(2))).single();
        });
    }

    private String newGroupId(int generation) {
        // random: a database created anew (a test run, a restore) must not inherit another database's offsets
        return properties.groupPrefix() + "-" + generation + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void startContainer(Group group) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        // a topic created after the start (a service's first event) is found within seconds, not minutes
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 5_000);
        var factory = new DefaultKafkaConsumerFactory<String, byte[]>(config);
        var containerProperties = new ContainerProperties(intake.topics().toArray(String[]::new));
        containerProperties.setGroupId(group.groupId());
        containerProperties.setClientId("supervision-overdue");
        containerProperties.setAckMode(ContainerProperties.AckMode.BATCH);
        containerProperties.setMessageListener((MessageListener<String, byte[]>) intake::accept);
        var c = new ConcurrentMessageListenerContainer<>(factory, containerProperties);
        c.setConcurrency(properties.concurrency());
        var errors = new DefaultErrorHandler((record, failure) -> {
            @SuppressWarnings("unchecked")
            var r = (org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>) record;
            intake.park(r, failure);
        }, new FixedBackOff(properties.retryBackOff().toMillis(), properties.attempts() - 1L));
        c.setCommonErrorHandler(errors);
        c.setBeanName("supervision-overdue-intake");
        c.start();
        container = c;
        log.info("Read-model intake reading {} in consumer group {}", intake.topics(), group.groupId());
    }

    private void stopContainer() {
        var c = container;
        if (c != null) {
            c.stop();
            container = null;
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) Duration.ofSeconds(10).toMillis()));
    }

    static List<String> sorted(java.util.Collection<String> topics) {
        var list = new ArrayList<>(topics);
        list.sort(null);
        return list;
    }
}

package org.citizenhub.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Listens to topics of the shared Kafka broker with a unique consumer group, from the beginning of each topic,
 * and collects every record (String key and value) in the background until closed. Use in try-with-resources:
 * <pre>{@code
 * try (KafkaProbe probe = KafkaProbe.subscribe("gov.hub.mailbox.letter")) {
 *     ... act ...
 *     var record = probe.awaitRecord(r -> r.key().equals(tracking), Duration.ofSeconds(30));
 *     assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo("gov.hub.mailbox.letter.submitted.v1");
 * }
 * }</pre>
 * Records produced before the probe was created are seen too (the topic is read from its start), so match on
 * something unique to the test (a key, an id in the value).
 */
public final class KafkaProbe implements AutoCloseable {

    private final List<ConsumerRecord<String, String>> records = new CopyOnWriteArrayList<>();
    private final KafkaConsumer<String, String> consumer;
    private final Thread poller;
    private volatile boolean running = true;
    private volatile RuntimeException failure;

    private KafkaProbe(String bootstrapServers, List<String> topics) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "kafka-probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        consumer.subscribe(topics);
        poller = new Thread(this::pollLoop, "kafka-probe-" + String.join(",", topics));
        poller.setDaemon(true);
        poller.start();
    }

    /** Subscribes to the topics on the shared broker. */
    public static KafkaProbe subscribe(String... topics) {
        return new KafkaProbe(SharedInfrastructure.get().kafkaBootstrapServers(), List.of(topics));
    }

    /** Subscribes to the topics on another broker. */
    public static KafkaProbe subscribe(String bootstrapServers, List<String> topics) {
        return new KafkaProbe(bootstrapServers, topics);
    }

    private void pollLoop() {
        try {
            while (running) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** The first record matching {@code predicate}, waiting up to {@code timeout}; fails the test otherwise. */
    public ConsumerRecord<String, String> awaitRecord(Predicate<ConsumerRecord<String, String>> predicate, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<ConsumerRecord<String, String>> match = records.stream().filter(predicate).findFirst();
            if (match.isPresent()) {
                return match.get();
            }
            if (failure != null) {
                throw new AssertionError("Kafka probe failed", failure);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no matching Kafka record within " + timeout + "; received " + records.size()
                        + " record(s): " + summary());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** Waits for a record with this key. */
    public ConsumerRecord<String, String> awaitRecordWithKey(String key, Duration timeout) {
        return awaitRecord(r -> key.equals(r.key()), timeout);
    }

    /** Asserts that no record matching {@code predicate} arrives within {@code period}. */
    public void assertNoRecord(Predicate<ConsumerRecord<String, String>> predicate, Duration period) {
        long deadline = System.nanoTime() + period.toNanos();
        while (System.nanoTime() < deadline) {
            if (records.stream().anyMatch(predicate)) {
                throw new AssertionError("unexpected Kafka record: " + summary());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Everything received so far. */
    public List<ConsumerRecord<String, String>> records() {
        return new ArrayList<>(records);
    }

    /** The last value of header {@code name} as UTF-8, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private String summary() {
        StringBuilder sb = new StringBuilder();
        for (ConsumerRecord<String, String> r : records) {
            if (sb.length() > 2000) {
                sb.append(" ...");
                break;
            }
            sb.append("\n  ").append(r.topic()).append(" key=").append(r.key()).append(" value=").append(r.value());
        }
        return sb.toString();
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

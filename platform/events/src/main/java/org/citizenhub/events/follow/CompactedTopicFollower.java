package org.citizenhub.events.follow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Follows a compacted topic that carries reference data every instance of a service needs whole (the holiday
 * notices, the site directory): reads it from the beginning on start, without a consumer group (each replica needs
 * every record, and a restarted one must learn again what was published while it was down), and hands every
 * non-empty batch of records to the receiver, in order, on one daemon thread.
 *
 * <p>A topic that does not exist yet is waited for. Anything that goes wrong while following (a broker gone for
 * long, a receiver that throws) is logged and the follower starts again from the beginning after a pause, so a
 * later record is never missed; receivers therefore apply records idempotently.
 */
public class CompactedTopicFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CompactedTopicFollower.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final String name;
    private final String bootstrapServers;
    private final String topic;
    private final Consumer<List<ConsumerRecord<String, byte[]>>> receiver;
    private final int maxFetchBytes;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread worker;
    private volatile boolean running;

    /**
     * @param name          names the thread and the Kafka client, e.g. {@code site-directory-feed}
     * @param maxFetchBytes the largest record expected (a whole directory in one record may be large)
     */
    public CompactedTopicFollower(String name, String bootstrapServers, String topic,
                                  Consumer<List<ConsumerRecord<String, byte[]>>> receiver, int maxFetchBytes) {
        this.name = name;
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.receiver = receiver;
        this.maxFetchBytes = maxFetchBytes;
    }

    public CompactedTopicFollower(String name, String bootstrapServers, String topic,
                                  Consumer<List<ConsumerRecord<String, byte[]>>> receiver) {
        this(name, bootstrapServers, topic, receiver, 1024 * 1024);
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().daemon().name(name).start(this::follow);
    }

    @Override
    public void stop() {
        running = false;
        var c = consumer;
        if (c != null) {
            c.wakeup();
        }
        var w = worker;
        if (w != null) {
            try {
                w.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void follow() {
        var props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, name + "-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Math.max(maxFetchBytes, 1024 * 1024));
        while (running) {
            try (var c = new KafkaConsumer<String, byte[]>(props)) {
                consumer = c;
                while (running && !assign(c)) {
                    sleep(RETRY);
                }
                while (running) {
                    var records = c.poll(POLL);
                    if (!records.isEmpty()) {
                        List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(records.count());
                        records.forEach(batch::add);
                        receiver.accept(batch);
                    }
                }
            } catch (WakeupException stopping) {
                return;
            } catch (RuntimeException e) {
                if (running) {
                    log.error("Following {} failed; starting again from the beginning in {}", topic, RETRY, e);
                    sleep(RETRY);
                }
            }
        }
    }

    private boolean assign(KafkaConsumer<String, byte[]> c) {
        var partitions = c.partitionsFor(topic, Duration.ofSeconds(10));
        if (partitions == null || partitions.isEmpty()) {
            log.debug("Topic {} does not exist yet", topic);
            return false;
        }
        List<TopicPartition> all = partitions.stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        c.assign(all);
        c.seekToBeginning(all);
        return true;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

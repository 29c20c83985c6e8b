package org.citizenhub.sites.spring;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.citizenhub.sites.SiteDirectory;
import org.citizenhub.sites.SiteDirectoryJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Follows the compacted topic of the site directory (key {@value SitesProperties#KEY}, value the directory's JSON
 * as the identity service publishes it on every change) and puts each newer version in force in {@link HubSites}.
 *
 * <p>Like the holiday notice feed: every instance reads the whole topic from the beginning, without a consumer
 * group, since every replica needs the directory and a restarted one must learn what changed while it was down.
 * A broker that is down only delays new versions; the version in force (or the service's kept copy) stays.
 */
public class SiteDirectoryFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SiteDirectoryFeed.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration TOPIC_RETRY = Duration.ofSeconds(2);

    private final HubSites sites;
    private final String bootstrapServers;
    private final String topic;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread worker;
    private volatile boolean running;

    public SiteDirectoryFeed(HubSites sites, String bootstrapServers, String topic) {
        this.sites = sites;
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().daemon().name("site-directory-feed").start(this::follow);
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
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "site-directory-feed-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        while (running) {
            try (var c = new KafkaConsumer<String, byte[]>(props)) {
                consumer = c;
                while (running && !assign(c)) {
                    sleep(TOPIC_RETRY);
                }
                while (running) {
                    SiteDirectory latest = null;
                    for (ConsumerRecord<String, byte[]> record : c.poll(POLL)) {
                        SiteDirectory read = read(record);
                        if (read != null && (latest == null || read.version() > latest.version())) {
                            latest = read;
                        }
                    }
                    if (latest != null) {
                        sites.apply(latest);
                    }
                }
            } catch (WakeupException stopping) {
                return;
            } catch (RuntimeException e) {
                log.error("The site directory feed failed; restarting it in {}", TOPIC_RETRY, e);
                sleep(TOPIC_RETRY);
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

    private static SiteDirectory read(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return null;
        }
        try {
            return SiteDirectoryJson.read(new String(record.value(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            log.warn("Ignoring an unreadable site directory at {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return null;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

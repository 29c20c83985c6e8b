package org.citizenhub.calendar.spring;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.citizenhub.calendar.HolidayNotice;
import org.citizenhub.calendar.HolidayNoticeJson;
import org.citizenhub.calendar.InvalidNoticeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Follows the compacted topic of holiday notices (key: year, value: the notice's JSON, published by the identity
 * service when an administrator loads a year) and loads each one into the {@link HubCalendar}.
 *
 * <p>Every instance reads the whole topic from the beginning on start, without a consumer group: each replica
 * needs every year, and a restarted one must learn again what was published while it was down. Records are
 * applied lowest year first; a year that would leave a gap waits until the year before it arrives.
 */
public class HolidayNoticeFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(HolidayNoticeFeed.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration TOPIC_RETRY = Duration.ofSeconds(5);

    private final HubCalendar calendar;
    private final String bootstrapServers;
    private final String topic;
    private final Map<Integer, HolidayNotice> waiting = new TreeMap<>();
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread worker;
    private volatile boolean running;

    public HolidayNoticeFeed(HubCalendar calendar, String bootstrapServers, String topic) {
        this.calendar = calendar;
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().daemon().name("holiday-notice-feed").start(this::follow);
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
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "holiday-notice-feed-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (var c = new KafkaConsumer<String, byte[]>(props)) {
            consumer = c;
            while (running && !assign(c)) {
                sleep(TOPIC_RETRY);
            }
            while (running) {
                var records = c.poll(POLL);
                for (ConsumerRecord<String, byte[]> record : records) {
                    receive(record);
                }
                if (!records.isEmpty()) {
                    applyWaiting();
                }
            }
        } catch (WakeupException stopping) {
            // stop() was called
        } catch (RuntimeException e) {
            log.error("The holiday notice feed stopped; newly published years will not be loaded until restart", e);
        }
    }

    private boolean assign(KafkaConsumer<String, byte[]> c) {
        var partitions = c.partitionsFor(topic, Duration.ofSeconds(10));
        if (partitions == null || partitions.isEmpty()) {
            log.debug("Topic {} does not exist yet; no notices published since the release", topic);
            return false;
        }
        List<TopicPartition> all = partitions.stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        c.assign(all);
        c.seekToBeginning(all);
        return true;
    }

    private void receive(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return; // a tombstone: compaction housekeeping, nothing to load
        }
        try {
            HolidayNotice notice = HolidayNoticeJson.read(new String(record.value(), StandardCharsets.UTF_8));
            waiting.put(notice.year(), notice);
        } catch (InvalidNoticeException e) {
            log.warn("Ignoring an unreadable holiday notice at {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
        }
    }

    private void applyWaiting() {
        boolean progress = true;
        while (progress && !waiting.isEmpty()) {
            progress = false;
            for (var it = waiting.values().iterator(); it.hasNext(); ) {
                HolidayNotice notice = it.next();
                try {
                    if (!notice.equals(calendar.calendar().notice(notice.year()).orElse(null))) {
                        calendar.load(notice);
                    }
                    it.remove();
                    progress = true;
                } catch (InvalidNoticeException e) {
                    boolean gap = e.violations().stream().anyMatch(v -> v.code().equals("years-not-contiguous"));
                    if (!gap) {
                        log.warn("Ignoring holiday notice for {}: {}", notice.year(), e.getMessage());
                        it.remove();
                    }
                }
            }
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

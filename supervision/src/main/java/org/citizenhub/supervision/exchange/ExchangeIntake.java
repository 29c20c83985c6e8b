package org.citizenhub.supervision.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.citizenhub.events.CloudEventHeaders;
import org.citizenhub.supervision.exchange.domain.EventFamily;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the hub's topics in the exchange's own consumer group and stores each event with one pending delivery per
 * matching subscription in one transaction; the offsets are committed after it (a transactional outbox towards the
 * receivers: a crash between the two only brings events again, which the unique {@code ce_id} ignores).
 */
@Component
class ExchangeIntake implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeIntake.class);

    private final ExchangeProperties properties;
    private final String bootstrapServers;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;
    private final Dispatcher dispatcher;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread thread;
    private volatile boolean running;

    ExchangeIntake(ExchangeProperties properties, @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers,
                   JdbcClient jdbc, TransactionTemplate transaction, JsonMapper json, Clock clock,
                   Dispatcher dispatcher) {
        this.properties = properties;
        this.bootstrapServers = bootstrapServers;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
        this.dispatcher = dispatcher;
    }

    @Override
    public void start() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, properties.consumerGroup(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // a new exchange forwards the topics' whole history: what a receiver may replay later
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500,
                ConsumerConfig.CLIENT_ID_CONFIG, "supervision-exchange"),
                new StringDeserializer(), new ByteArrayDeserializer());
        running = true;
        thread = Thread.ofPlatform().name("exchange-intake").daemon().start(this::run);
    }

    private void run() {
        try {
            consumer.subscribe(properties.topics());
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    continue;
                }
                try {
                    transaction.executeWithoutResult(status -> records.forEach(this::store));
                    // async: a lost commit only brings events again, which the unique ce_id ignores
                    consumer.commitAsync();
                    dispatcher.wakeUp();
                } catch (RuntimeException failed) {
                    // nothing committed: read the same records again after a pause
                    LOG.warn("exchange intake failed, reading the batch again: {}", failed.toString());
                    records.partitions().forEach(p -> consumer.seek(p, records.records(p).getFirst().offset()));
                    pause();
                }
            }
        } catch (WakeupException stopping) {
            // stop() woke the consumer
        } finally {
            try {
                consumer.commitSync(Duration.ofSeconds(5));
            } catch (RuntimeException notCommitted) {
                LOG.debug("last offsets not committed: {}", notCommitted.toString());
            }
            consumer.close(Duration.ofSeconds(5));
        }
    }

    void store(ConsumerRecord<String, byte[]> record) {
        CloudEventHeaders ce = CloudEventHeaders.of(record);
        Optional<EventFamily> family = EventFamily.ofTopic(record.topic());
        if (!ce.isCloudEvent() || family.isEmpty() || record.value() == null) {
            LOG.debug("not forwarded: {}-{}@{} is no CloudEvent of a hub family", record.topic(), record.partition(),
                    record.offset());
            return;
        }
        JsonNode data;
        try {
            data = json.readTree(new String(record.value(), StandardCharsets.UTF_8));
        } catch (JacksonException notJson) {
            LOG.warn("not forwarded: event {} on {} has no JSON data", ce.id(), record.topic());
            return;
        }
        String caseKey = record.key() != null ? record.key() : ce.subject() != null ? ce.subject() : ce.id();
        List<String> departments = EventDepartments.of(data);
        String department = departments.isEmpty() ? null : departments.getFirst();
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime occurred = ce.time() != null ? ce.time() : now;
        Optional<Long> seq = jdbc.sql("""
                        insert into ex_event (event_id, family, topic, type, source, subject, case_key, department,
                                              departments, occurred_at, received_at, data)
                        values (:id, :family, :topic, :type, :source, :subject, :key, :department, :departments,
                                :occurred, :now, cast(:data as jsonb))
                        on conflict (event_id) do nothing
                        returning seq""")
                .param("id", ce.id()).param("family", family.get().id()).param("topic", record.topic())
                .param("type", ce.type()).param("source", ce.source().toString()).param("subject", ce.subject())
                .param("key", caseKey).param("department", department)
                .param("departments", departments.toArray(String[]::new)).param("occurred", occurred)
                .param("now", now).param("data", json.writeValueAsString(data))
                .query(Long.class).optional();
        seq.ifPresent(s -> jdbc.sql("""
                        insert into ex_delivery (subscription_id, event_seq, case_key, cause, status, next_attempt_at,
                                                 created_at)
                        select s.id, :seq, :key, 'live', 'pending', :now, :now from ex_subscription s
                         where :family = any (s.families)
                           and (s.department is null or s.department = any (:departments))
                         order by s.id""")
                .param("seq", s).param("key", caseKey).param("now", now).param("family", family.get().id())
                .param("departments", departments.toArray(String[]::new)).update());
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void stop() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        Thread t = thread;
        if (t != null) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}

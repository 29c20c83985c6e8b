package org.citizenhub.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.citizenhub.events.CloudEventHeaders;
import org.citizenhub.events.LetterSubmitted;
import org.citizenhub.events.ProcessedEvents;
import org.citizenhub.infra.EmbeddedPostgresServer;
import org.citizenhub.infra.KafkaBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against real PostgreSQL and Kafka: events published in a transaction reach Kafka as binary-mode
 * CloudEvents after commit, never after rollback, and survive a broker outage.
 */
class OutboxIT {

    private static EmbeddedPostgresServer postgres;
    private static KafkaBroker kafka;
    private static ConfigurableApplicationContext app;
    private static Path work;
    private static KafkaConsumer<String, byte[]> consumer;
    private static final List<ConsumerRecord<String, byte[]>> received = new CopyOnWriteArrayList<>();
    private static volatile boolean polling = true;
    private static Thread poller;

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Service {

        @Bean
        Clock clock() {
            return Clock.system(ZoneId.of("Asia/Shanghai"));
        }
    }

    @BeforeAll
    static void startInfrastructureAndService() throws Exception {
        work = Files.createTempDirectory("outbox-it");
        postgres = EmbeddedPostgresServer.start(0, work.resolve("pg"));
        postgres.createDatabase("outbox_it");
        kafka = KafkaBroker.start(0, work.resolve("kafka"));
        app = new SpringApplicationBuilder(Service.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "spring.datasource.url=" + postgres.jdbcUrl("outbox_it"),
                        "spring.datasource.username=hub",
                        "spring.datasource.password=hub",
                        "spring.flyway.locations=classpath:db/platform",
                        "spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                        "hub.events.resubmit-interval=1s",
                        "hub.events.stale-after=30s")
                .run();
        startConsumer();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        polling = false;
        if (poller != null) {
            poller.join(10_000);
        }
        if (app != null) {
            app.close();
        }
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.stop();
        }
    }

    @Test
    void an_event_published_in_a_committed_transaction_reaches_kafka_as_a_cloud_event() throws Exception {
        LetterSubmitted event = submitted("L-IT-0001");

        inTransaction(() -> publish(event));

        ConsumerRecord<String, byte[]> record = await(r -> event.metadata().id().equals(CloudEventHeaders.of(r).id()),
                Duration.ofSeconds(30));
        CloudEventHeaders ce = CloudEventHeaders.of(record);
        assertThat(record.key()).isEqualTo("L-IT-0001");
        assertThat(ce.isCloudEvent()).isTrue();
        assertThat(ce.type()).isEqualTo("gov.hub.mailbox.letter.submitted.v1");
        assertThat(ce.contentType()).isEqualTo("application/json");
        assertThat(record.headers().lastHeader("__TypeId__")).isNull();
        assertThat(new String(record.value())).contains("\"trackingNumber\":\"L-IT-0001\"");
        awaitStatus("L-IT-0001", "COMPLETED", Duration.ofSeconds(10));
    }

    @Test
    void an_event_published_in_a_rolled_back_transaction_is_neither_stored_nor_sent() throws Exception {
        LetterSubmitted event = submitted("L-IT-0002");

        try {
            inTransaction(() -> {
                publish(event);
                throw new IllegalStateException("use case failed");
            });
        } catch (IllegalStateException expected) {
            // the use case failed
        }

        // Absence holds for a while, not just at one instant: neither stored nor sent for two seconds.
        Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(publications("L-IT-0002")).isZero();
            assertThat(received).noneMatch(r -> event.metadata().id().equals(CloudEventHeaders.of(r).id()));
        });
    }

    @Test
    void an_event_published_while_kafka_is_down_is_sent_once_kafka_is_back() throws Exception {
        await(r -> true, Duration.ofSeconds(30)); // the consumer is assigned and the topic exists
        LetterSubmitted event = submitted("L-IT-0003");
        kafka.stop();
        try {
            Instant before = Instant.now();
            inTransaction(() -> publish(event));
            assertThat(Duration.between(before, Instant.now())).as("the request thread is not held up")
                    .isLessThan(Duration.ofSeconds(8));
            awaitStatus("L-IT-0003", "FAILED", Duration.ofSeconds(40));
        } finally {
            kafka.start();
        }

        ConsumerRecord<String, byte[]> record = await(r -> event.metadata().id().equals(CloudEventHeaders.of(r).id()),
                Duration.ofSeconds(60));
        assertThat(CloudEventHeaders.of(record).traceparent()).isEqualTo(event.metadata().traceparent());
        awaitStatus("L-IT-0003", "COMPLETED", Duration.ofSeconds(20));
    }

    @Test
    void a_consumer_processes_an_event_id_only_once_and_only_inside_a_transaction() {
        ProcessedEvents processed = app.getBean(ProcessedEvents.class);
        String id = UUID.randomUUID().toString();

        assertThat(inTransaction(() -> processed.firstTime("outbox-it.letters", id))).isTrue();
        assertThat(inTransaction(() -> processed.firstTime("outbox-it.letters", id))).isFalse();
        assertThat(inTransaction(() -> processed.firstTime("outbox-it.other-consumer", id))).isTrue();
        assertThatIllegalStateException().isThrownBy(() -> processed.firstTime("outbox-it.letters", id));
    }

    @Test
    void a_consumer_marker_is_rolled_back_with_the_consumers_work() {
        ProcessedEvents processed = app.getBean(ProcessedEvents.class);
        String id = UUID.randomUUID().toString();

        try {
            inTransaction(() -> {
                processed.firstTime("outbox-it.letters", id);
                throw new IllegalStateException("handling failed");
            });
        } catch (IllegalStateException expected) {
            // the consumer's work failed
        }

        assertThat(inTransaction(() -> processed.firstTime("outbox-it.letters", id))).isTrue();
    }

    private static LetterSubmitted submitted(String trackingNumber) {
        return LetterSubmitted.of(trackingNumber, app.getBean(Clock.class));
    }

    private static void publish(Object event) {
        app.publishEvent(event);
    }

    private static <T> T inTransaction(java.util.function.Supplier<T> work) {
        return app.getBean(TransactionTemplate.class).execute(status -> work.get());
    }

    private static void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    private static int publications(String trackingNumber) {
        return app.getBean(JdbcTemplate.class).queryForObject(
                "SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?", Integer.class,
                "%" + trackingNumber + "%");
    }

    private static void awaitStatus(String trackingNumber, String status, Duration timeout) {
        Awaitility.await("publication of " + trackingNumber + " becoming " + status)
                .atMost(timeout).pollInterval(Duration.ofMillis(200))
                .until(() -> app.getBean(JdbcTemplate.class).queryForList(
                        "SELECT status FROM event_publication WHERE serialized_event LIKE ?", String.class,
                        "%" + trackingNumber + "%"), statuses -> statuses.equals(List.of(status)));
    }

    private static ConsumerRecord<String, byte[]> await(Predicate<ConsumerRecord<String, byte[]>> matching,
                                                        Duration timeout) {
        return Awaitility.await("a matching record on " + LetterSubmitted.TOPIC)
                .atMost(timeout).pollInterval(Duration.ofMillis(100))
                .until(() -> received.stream().filter(matching).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static void startConsumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "outbox-it-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        poller = new Thread(() -> {
            consumer.subscribe(List.of(LetterSubmitted.TOPIC));
            while (polling) {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            }
            consumer.close();
        }, "outbox-it-consumer");
        poller.setDaemon(true);
        poller.start();
    }
}

package org.citizenhub.supervision.exchange.examples;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A trusted system reading the hub's letters straight from Kafka with plain kafka-clients: CloudEvents in binary
 * mode (attributes in ce_* headers, the JSON data as the value), at least once, made idempotent by remembering each
 * ce_id in the consumer's own database in the same transaction as the work. Needs a table
 * {@code create table processed_event (event_id text primary key)}.
 */
public final class LetterEventsConsumer {

    public static void main(String[] args) throws SQLException {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args.length > 0 ? args[0] : "127.0.0.1:19092");
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "district-hotline.letters"); // your own group, your own offsets
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");           // commit after your own commit
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
             Connection db = DriverManager.getConnection(System.getenv("JDBC_URL"))) {
            db.setAutoCommit(false);
            consumer.subscribe(List.of("gov.hub.mailbox.letter"));
            while (!Thread.currentThread().isInterrupted()) {
                var records = consumer.poll(Duration.ofSeconds(1));
                for (ConsumerRecord<String, String> record : records) {
                    String id = header(record, "ce_id");
                    if (id == null || !firstTime(db, id)) {
                        continue; // not a CloudEvent, or a redelivery of one already handled
                    }
                    handle(header(record, "ce_type"), record.key(), header(record, "ce_time"), record.value());
                }
                db.commit();           // the work and the ce_ids together...
                consumer.commitSync(); // ...then the offsets: a crash in between only brings known ce_ids again
            }
        }
    }

    private static boolean firstTime(Connection db, String eventId) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "insert into processed_event (event_id) values (?) on conflict do nothing")) {
            insert.setString(1, eventId);
            return insert.executeUpdate() == 1;
        }
    }

    /** Your system's work, e.g. gov.hub.mailbox.letter.replied.v1 for tracking number {@code key}. */
    private static void handle(String type, String key, String time, String json) {
        System.out.printf("%s %s at %s: %s%n", type, key, time, json);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

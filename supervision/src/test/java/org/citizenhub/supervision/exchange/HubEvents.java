package org.citizenhub.supervision.exchange;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.citizenhub.testing.SharedInfrastructure;

/** Publishes real CloudEvents (binary mode, as the services' outboxes do) onto the shared Kafka, with unique ids. */
final class HubEvents implements AutoCloseable {

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.LINGER_MS_CONFIG, 0),
            new StringSerializer(), new StringSerializer());

    /** A letter event of {@code caseKey} in {@code department}; returns its ce_id. */
    String letter(String caseKey, String department, String event, OffsetDateTime time) {
        String id = UUID.randomUUID().toString();
        String data = "{\"trackingNumber\":\"" + caseKey + "\",\"department\":\"" + department + "\",\"event\":\""
                + event + "\"}";
        send("gov.hub.mailbox.letter", caseKey, id, "gov.hub.mailbox.letter." + event + ".v1", caseKey, time, data);
        return id;
    }

    void send(String topic, String key, String id, String type, String subject, OffsetDateTime time, String data) {
        try {
            sendAsync(topic, key, id, type, subject, time, data).get();
        } catch (Exception e) {
            throw new IllegalStateException("publishing " + id, e);
        }
    }

    java.util.concurrent.Future<?> sendAsync(String topic, String key, String id, String type, String subject,
                                             OffsetDateTime time, String data) {
        var record = new ProducerRecord<>(topic, key, data);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id);
        header(record, "ce_type", type);
        header(record, "ce_source", "/test/exchange");
        header(record, "ce_subject", subject);
        header(record, "ce_time", time.toString());
        header(record, "content-type", "application/json");
        return producer.send(record);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}

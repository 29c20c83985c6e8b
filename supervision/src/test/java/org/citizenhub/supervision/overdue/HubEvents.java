package org.citizenhub.supervision.overdue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes events onto the real Kafka as the services do (CloudEvents in binary mode: {@code ce_*} headers,
 * JSON data), each with a unique id unless a test repeats one on purpose.
 */
final class HubEvents implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ZONE_OFFSET = "+08:00";

    /** One event as published: its id (to await its processing) and everything else. */
    record Sent(String id, String topic, String type, String key, Map<String, Object> data) {
    }

    private final KafkaProducer<String, byte[]> producer;

    HubEvents(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.ACKS_CONFIG, "all"));
    }

    Sent publish(String topic, String type, String source, String key, Map<String, Object> data) {
        return publish(UUID.randomUUID().toString(), topic, type, source, key, data);
    }

    Sent publish(String id, String topic, String type, String source, String key, Map<String, Object> data) {
        return send(id, topic, type, source, key, JSON.writeValueAsBytes(data), data);
    }

    /** Something on a topic that is no readable event (the intake must park it and go on). */
    Sent publishRaw(String id, String topic, String type, String key, byte[] value) {
        return send(id, topic, type, "/citizen-hub/test", key, value, Map.of());
    }

    private Sent send(String id, String topic, String type, String source, String key, byte[] value,
                      Map<String, Object> data) {
        var record = new ProducerRecord<String, byte[]>(topic, key, value);
        if (type != null) {
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", id);
            header(record, "ce_type", type);
            header(record, "ce_source", source);
            header(record, "ce_subject", key);
            header(record, "ce_time", OffsetDateTime.now().toString());
            header(record, "content-type", "application/json");
        }
        try {
            producer.send(record).get(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the event", e);
        }
        return new Sent(id, topic, type, key, data);
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON object from name / value pairs (values may be null, unlike Map.of). */
    static Map<String, Object> data(Object... pairs) {
        var m = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** A Shanghai local time, as the services write their instants. */
    static String at(String local) {
        return local + ZONE_OFFSET;
    }

    @Override
    public void close() {
        producer.close();
    }
}

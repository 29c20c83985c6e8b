package org.citizenhub.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.citizenhub.events.CloudEventHeaders;
import org.citizenhub.events.LetterSubmitted;
import org.citizenhub.events.Traceparents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.messaging.Message;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The record Kafka gets is what Modulith's Kafka externalizer sends for our mapping: the mapped message through a
 * KafkaTemplate with Modulith's JSON converter (a MockProducer stands in for the broker).
 */
class IntegrationEventExternalizationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T06:30:15Z"), ZoneId.of("Asia/Shanghai"));
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private final EventExternalizationConfiguration configuration = IntegrationEventExternalization.configuration();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Supplier<String> trace = () -> TRACEPARENT;
    private LetterSubmitted event;

    @BeforeEach
    void createEventInATrace() {
        Traceparents.use(trace);
        event = LetterSubmitted.of("L-20261123-0001", CLOCK);
    }

    @AfterEach
    void leaveTrace() {
        Traceparents.release(trace);
    }

    @Test
    void only_integration_events_are_externalized() {
        assertThat(configuration.supports(event)).isTrue();
        assertThat(configuration.supports("some internal application event")).isFalse();
    }

    @Test
    void an_event_is_routed_to_its_topic_with_its_key() {
        RoutingTarget target = configuration.determineTarget(event);

        assertThat(target.getTarget()).isEqualTo("gov.hub.mailbox.letter");
        assertThat(target.getKey()).isEqualTo("L-20261123-0001");
    }

    @Test
    void the_record_value_is_the_json_of_the_data_only() throws Exception {
        ProducerRecord<String, byte[]> record = send();

        JsonNode value = json.readTree(record.value());
        assertThat(value.get("trackingNumber").asString()).isEqualTo("L-20261123-0001");
        assertThat(value.get("letterId").asString()).isEqualTo("6f1c2a0e-8d1b-4c37-9e55-0a9b7d3c2e11");
        assertThat(value.has("metadata")).isFalse();
        assertThat(record.topic()).isEqualTo("gov.hub.mailbox.letter");
        assertThat(record.key()).isEqualTo("L-20261123-0001");
    }

    @Test
    void the_cloud_event_attributes_and_the_traceparent_travel_as_plain_utf8_headers() throws Exception {
        ProducerRecord<String, byte[]> record = send();

        Map<String, String> headers = Arrays.stream(record.headers().toArray())
                .collect(Collectors.toMap(Header::key, h -> new String(h.value(), StandardCharsets.UTF_8)));
        assertThat(headers).containsOnlyKeys("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_subject",
                "ce_time", "content-type", "traceparent");
        assertThat(headers).containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_id", event.metadata().id())
                .containsEntry("ce_type", "gov.hub.mailbox.letter.submitted.v1")
                .containsEntry("ce_source", "/citizen-hub/mailbox-service")
                .containsEntry("ce_subject", "L-20261123-0001")
                .containsEntry("ce_time", "2026-11-23T14:30:15+08:00")
                .containsEntry("content-type", "application/json")
                .containsEntry("traceparent", TRACEPARENT);
    }

    @Test
    void the_record_is_a_valid_binary_mode_cloud_event_for_the_cloudevents_sdk() throws Exception {
        ConsumerRecord<String, byte[]> consumed = consumed(send());

        CloudEvent cloudEvent = KafkaMessageFactory.createReader(consumed).toEvent();

        assertThat(cloudEvent.getSpecVersion().toString()).isEqualTo("1.0");
        assertThat(cloudEvent.getId()).isEqualTo(event.metadata().id());
        assertThat(cloudEvent.getType()).isEqualTo("gov.hub.mailbox.letter.submitted.v1");
        assertThat(cloudEvent.getSource().toString()).isEqualTo("/citizen-hub/mailbox-service");
        assertThat(cloudEvent.getSubject()).isEqualTo("L-20261123-0001");
        assertThat(cloudEvent.getTime()).isEqualTo(OffsetDateTime.parse("2026-11-23T14:30:15+08:00"));
        assertThat(cloudEvent.getDataContentType()).isEqualTo("application/json");
        assertThat(json.readTree(cloudEvent.getData().toBytes()).get("mailbox").asString()).isEqualTo("mayor");
    }

    @Test
    void consumers_read_the_attributes_back_with_cloud_event_headers() throws Exception {
        CloudEventHeaders ce = CloudEventHeaders.of(consumed(send()));

        assertThat(ce.isCloudEvent()).isTrue();
        assertThat(ce.requireId()).isEqualTo(event.metadata().id());
        assertThat(ce.type()).isEqualTo(event.metadata().type());
        assertThat(ce.source()).isEqualTo(event.metadata().source());
        assertThat(ce.subject()).isEqualTo("L-20261123-0001");
        assertThat(ce.time()).isEqualTo(event.metadata().time());
        assertThat(ce.contentType()).isEqualTo("application/json");
        assertThat(ce.traceparent()).isEqualTo(TRACEPARENT);
    }

    @SuppressWarnings("unchecked")
    private ProducerRecord<String, byte[]> send() throws Exception {
        MockProducer<String, byte[]> producer =
                new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        ProducerFactory<Object, Object> factory = () -> (MockProducer) producer;
        KafkaTemplate<Object, Object> template = new KafkaTemplate<>(factory);
        template.setMessageConverter(new CloudEventJsonMessageConverter(json));

        Message<?> message = (Message<?>) configuration.map(event);
        template.send(message).get();

        assertThat(producer.history()).hasSize(1);
        return producer.history().get(0);
    }

    private static ConsumerRecord<String, byte[]> consumed(ProducerRecord<String, byte[]> sent) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(sent.topic(), 0, 0L, sent.key(), sent.value());
        sent.headers().forEach(h -> record.headers().add(h));
        return record;
    }
}

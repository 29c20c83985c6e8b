package org.citizenhub.events.outbox;

import java.util.Objects;
import org.citizenhub.events.CloudEventHeaders;
import org.citizenhub.events.IntegrationEvent;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/**
 * How Spring Modulith externalizes {@link IntegrationEvent}s to Kafka: selected by type, routed to
 * {@code metadata().topic()} with key {@code metadata().key()}, and mapped to a {@link Message} whose payload is
 * {@code data()} (written as JSON by Modulith's Kafka JSON converter) and whose headers are the binary-mode
 * CloudEvent attributes.
 *
 * <p>Why the headers are put on the mapped message instead of using the configuration's {@code headers(..)}: in
 * Modulith 2.0.1 the Kafka externalizer computes headers from the <em>mapped</em> payload (the data, which no
 * longer knows its metadata), but takes a mapped {@link Message} as it is.
 */
public final class IntegrationEventExternalization {

    private IntegrationEventExternalization() {
    }

    public static EventExternalizationConfiguration configuration() {
        return EventExternalizationConfiguration.externalizing()
                .select(IntegrationEventExternalization::isIntegrationEvent)
                .route(IntegrationEvent.class, IntegrationEventExternalization::target)
                .mapping(IntegrationEvent.class, IntegrationEventExternalization::toMessage)
                .build();
    }

    static boolean isIntegrationEvent(Object event) {
        return event instanceof IntegrationEvent;
    }

    /** Kafka topic and key of the event. */
    public static RoutingTarget target(IntegrationEvent event) {
        var metadata = event.metadata();
        var target = RoutingTarget.forTarget(metadata.topic());
        return metadata.key() == null ? target.withoutKey() : target.andKey(metadata.key());
    }

    /** The message Kafka receives: data as payload, CloudEvent attributes, topic and key as headers. */
    public static Message<Object> toMessage(IntegrationEvent event) {
        var metadata = event.metadata();
        Object data = Objects.requireNonNull(event.data(), () -> metadata.type() + " has no data");
        MessageBuilder<Object> message = MessageBuilder.withPayload(data)
                .copyHeaders(CloudEventHeaders.encode(metadata))
                .setHeader(KafkaHeaders.TOPIC, metadata.topic());
        if (metadata.key() != null) {
            message.setHeader(KafkaHeaders.KEY, metadata.key());
        }
        return message.build();
    }
}

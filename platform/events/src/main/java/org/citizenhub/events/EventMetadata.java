package org.citizenhub.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * The CloudEvents 1.0 envelope of an {@link IntegrationEvent} plus its Kafka routing.
 *
 * @param id          unique event id (UUID); consumers de-duplicate by it
 * @param type        {@code gov.hub.<service>.<entity>.<event>.v<N>} (see {@link EventTypes})
 * @param source      the producing service, e.g. {@code /citizen-hub/mailbox-service}
 * @param subject     what the event is about within the source, e.g. a tracking number; may be null
 * @param time        when it happened (zone of the injected clock, Asia/Shanghai)
 * @param traceparent W3C trace context captured when the event was created, so it survives outages; may be null
 * @param topic       Kafka topic {@code gov.hub.<service>.<entity>}
 * @param key         Kafka record key (ordering per key, e.g. the aggregate id); may be null
 *
 * <p>Plain Java (no Spring): the only annotation keeps {@code time}'s offset when the outbox reads the event back
 * for a resubmission, so {@code ce_time} is identical on every attempt.
 */
public record EventMetadata(String id, String type, URI source, String subject,
                            @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                            OffsetDateTime time,
                            String traceparent, String topic, String key) {

    public EventMetadata {
        Objects.requireNonNull(id, "id");
        UUID.fromString(id);
        EventTypes.requireValidType(type);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        if (traceparent != null && !Traceparents.isValid(traceparent)) {
            throw new IllegalArgumentException("Not a W3C traceparent: " + traceparent);
        }
        EventTypes.requireValidTopic(topic);
    }

    /**
     * New metadata with a random id, the clock's current time (millisecond precision) and the traceparent of the
     * current trace, if any.
     */
    public static EventMetadata create(String type, URI source, String subject, String topic, String key,
                                       Clock clock) {
        return new EventMetadata(UUID.randomUUID().toString(), type, source, subject,
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS), Traceparents.current(), topic, key);
    }
}

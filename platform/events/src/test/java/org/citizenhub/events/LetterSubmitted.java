package org.citizenhub.events;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A sample event as a service would declare it. */
public record LetterSubmitted(EventMetadata metadata, Data data) implements IntegrationEvent {

    public static final String TYPE = "gov.hub.mailbox.letter.submitted.v1";
    public static final String TOPIC = "gov.hub.mailbox.letter";
    public static final URI SOURCE = URI.create("/citizen-hub/mailbox-service");

    public record Data(UUID letterId, String trackingNumber, String mailbox, OffsetDateTime submittedAt) {
    }

    public static LetterSubmitted of(String trackingNumber, Clock clock) {
        return new LetterSubmitted(EventMetadata.create(TYPE, SOURCE, trackingNumber, TOPIC, trackingNumber, clock),
                new Data(UUID.fromString("6f1c2a0e-8d1b-4c37-9e55-0a9b7d3c2e11"), trackingNumber, "mayor",
                        OffsetDateTime.now(clock)));
    }
}

package org.citizenhub.mailbox.letter;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.citizenhub.events.EventMetadata;
import org.citizenhub.events.IntegrationEvent;

/**
 * {@code gov.hub.mailbox.letter.submitted.v1}: a citizen's letter was accepted for handling by the mailbox.
 * The payload carries no letter text or personal data: consumers that are entitled to the content ask the
 * mailbox service for it, so the event stream can be shared with other government systems.
 */
public record LetterSubmitted(EventMetadata metadata, Data data) implements IntegrationEvent {

    public static final String TYPE = "gov.hub.mailbox.letter.submitted.v1";
    public static final String TOPIC = "gov.hub.mailbox.letter";
    public static final java.net.URI SOURCE = java.net.URI.create("/citizen-hub/mailbox-service");

    /** The published JSON payload (schema: mailbox-service/src/main/resources/events/letter.submitted.v1.schema.json). */
    public record Data(UUID letterId, String trackingNumber, String mailbox, String category,
                       OffsetDateTime submittedAt) {
    }

    public static LetterSubmitted of(Letter letter, Clock clock) {
        String trackingNumber = letter.trackingNumber().value();
        return new LetterSubmitted(
                EventMetadata.create(TYPE, SOURCE, trackingNumber, TOPIC, trackingNumber, clock),
                new Data(letter.id(), trackingNumber, letter.mailbox(), letter.category().name(),
                        letter.submittedAt()));
    }
}

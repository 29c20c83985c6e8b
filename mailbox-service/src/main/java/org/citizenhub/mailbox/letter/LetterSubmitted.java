package org.citizenhub.mailbox.letter;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.citizenhub.events.EventMetadata;
import org.citizenhub.events.IntegrationEvent;
import org.citizenhub.web.security.SiteTree;

/**
 * {@code gov.hub.mailbox.letter.submitted.v1}: a citizen's letter was accepted for handling by the mailbox.
 * The payload carries no letter text or personal data: consumers that are entitled to the content ask the
 * mailbox service for it, so the event stream can be shared with other government systems.
 */
public record LetterSubmitted(EventMetadata metadata, Data data) implements IntegrationEvent {

    public static final String TYPE = "gov.hub.mailbox.letter.submitted.v1";
    public static final String TOPIC = "gov.hub.mailbox.letter";
    public static final java.net.URI SOURCE = java.net.URI.create("/citizen-hub/mailbox-service");

    /**
     * The published JSON payload (schema: mailbox-service/src/main/resources/events/letter.submitted.v1.schema.json).
     *
     * @param site         the site (集约化) the letter was sent to: its mailbox office's; null if the directory does
     *                     not know the office
     * @param handlingSite the handling department's site: null, as no department handles a new letter yet (the
     *                     field is there so that every letter event carries both sites)
     */
    public record Data(UUID letterId, String trackingNumber, String mailbox, String category,
                       OffsetDateTime submittedAt, String site, String handlingSite) {
    }

    public static LetterSubmitted of(Letter letter, SiteTree sites, Clock clock) {
        String trackingNumber = letter.trackingNumber().value();
        return new LetterSubmitted(
                EventMetadata.create(TYPE, SOURCE, trackingNumber, TOPIC, trackingNumber, clock),
                new Data(letter.id(), trackingNumber, letter.mailbox(), letter.category().name(),
                        letter.submittedAt(), LetterHandled.siteOf(sites, letter.state().mailboxOwner()),
                        LetterHandled.siteOf(sites, letter.state().department())));
    }
}

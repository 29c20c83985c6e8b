package org.citizenhub.events;

/**
 * Something that happened in one service and that other services (and other government systems) may react to.
 * Implemented by one record per event type:
 *
 * <pre>{@code
 * public record LetterSubmitted(EventMetadata metadata, Data data) implements IntegrationEvent {
 *     public record Data(UUID letterId, String trackingNumber) { }
 * }
 * }</pre>
 *
 * Publishing it with Spring's {@code ApplicationEventPublisher} inside a {@code @Transactional} use case stores it in
 * the outbox (Spring Modulith's event publication registry) in the same transaction; after commit it is sent to
 * Kafka topic {@code metadata().topic()} with key {@code metadata().key()} as a binary-mode CloudEvent whose value
 * is the JSON of {@link #data()}.
 *
 * <p>Records must be (de)serializable by Jackson: the outbox stores them as JSON and reads them back to resubmit.
 */
public interface IntegrationEvent {

    /** The CloudEvents envelope and Kafka routing. */
    EventMetadata metadata();

    /** The payload: the record value, serialized as JSON. Never null. */
    Object data();
}

package org.citizenhub.events;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Idempotent consumers: remembers which events each consumer has processed (table {@code processed_event}, shipped
 * as {@code classpath:db/platform/V0_2__processed_event.sql}).
 *
 * <pre>{@code
 * @KafkaListener(topics = "gov.hub.mailbox.letter", groupId = "supervision")
 * @Transactional
 * void on(ConsumerRecord<String, byte[]> record) {
 *     CloudEventHeaders ce = CloudEventHeaders.of(record);
 *     if (!processedEvents.firstTime("supervision.letters", ce.requireId())) {
 *         return;                      // a redelivery: already done
 *     }
 *     ...                              // do the work in the same transaction
 * }
 * }</pre>
 *
 * Because the marker is inserted in the caller's transaction, it is rolled back with the work if the work fails,
 * and the redelivered event is processed again.
 */
public class ProcessedEvents {

    static final String INSERT = "INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?, ?, ?) "
            + "ON CONFLICT DO NOTHING";
    static final String DELETE_OLDER = "DELETE FROM processed_event WHERE processed_at < ?";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ProcessedEvents(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records that {@code consumer} processes event {@code eventId} and says whether this is the first time. Must be
     * called inside the transaction that does the consumer's work.
     *
     * @param consumer a stable name of the consuming use case, e.g. {@code supervision.letters} (max 200 chars)
     * @param eventId  the event's {@code ce_id}
     * @return true the first time; false if the consumer already processed (and committed) this event
     * @throws IllegalStateException if no transaction is active
     */
    public boolean firstTime(String consumer, String eventId) {
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(eventId, "eventId");
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("ProcessedEvents.firstTime must run inside the consumer's transaction "
                    + "(annotate the listener or use case @Transactional)");
        }
        return jdbc.update(INSERT, consumer, eventId, OffsetDateTime.now(clock)) == 1;
    }

    /** Forgets markers older than the given age (redeliveries older than that are no longer recognized). */
    public int forgetOlderThan(Duration age) {
        return jdbc.update(DELETE_OLDER, OffsetDateTime.now(clock).minus(age));
    }
}

package org.citizenhub.casework.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.citizenhub.privacy.PersonalDataSeal;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Table {@code notification_outbox} ({@code db/platform/R__platform_casework_notification_outbox.sql}):
 * notifications waiting to be sent, sent, or given up. The recipient is stored sealed (the service's {@link PersonalDataSeal},
 * bound to the tracking number and channel) and cleared once sent. A row is due while {@code sent_at} is null and
 * {@code next_attempt_at} has passed; {@code next_attempt_at} null without {@code sent_at} means given up.
 */
public class NotificationOutbox {

    static final int LAST_ERROR_LENGTH = 500;

    /** A claimed row as stored: {@code encryptedRecipient} still sealed, kind and locale not yet interpreted. */
    public record Row(long id, String trackingNumber, String channel, String encryptedRecipient, String kind,
                      String locale, String params, int attempts) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final PersonalDataSeal seal;

    public NotificationOutbox(JdbcClient jdbc, PersonalDataSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    /**
     * What the recipient's ciphertext is bound to: a ciphertext moved to another case or channel won't open. The
     * format is stored with every queued notification (the mailbox's since V5), so it never changes.
     */
    static String associatedData(String trackingNumber, ContactChannel channel) {
        return "notification:" + trackingNumber + ":" + channel.name();
    }

    long insert(Notification notification, Instant now) {
        String recipient = notification.recipient() == null ? null
                : seal.seal(notification.recipient(),
                        associatedData(notification.trackingNumber(), notification.channel()));
        return jdbc.sql("""
                        insert into notification_outbox (created_at, tracking_number, channel, recipient, kind, locale,
                                                         params, attempts, next_attempt_at)
                        values (:now, :trackingNumber, :channel, :recipient, :kind, :locale, cast(:params as jsonb),
                                0, :now)
                        returning id
                        """)
                .param("now", timestamp(now))
                .param("trackingNumber", notification.trackingNumber())
                .param("channel", notification.channel().name())
                .param("recipient", recipient)
                .param("kind", notification.kind().name())
                .param("locale", notification.locale().toLanguageTag())
                .param("params", JSON.writeValueAsString(notification.params()))
                .query(Long.class).single();
    }

    /**
     * Claims up to {@code limit} due rows, oldest due first, skipping rows another transaction has locked, and leases
     * them until {@code leaseUntil} so that a crash mid-send only delays them.
     */
    public List<Row> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                        update notification_outbox set next_attempt_at = :leaseUntil
                        where id in (select id from notification_outbox
                                     where sent_at is null and next_attempt_at <= :now
                                     order by next_attempt_at
                                     limit :limit
                                     for update skip locked)
                        returning id, tracking_number, channel, recipient, kind, locale, params, attempts
                        """)
                .param("now", timestamp(now))
                .param("leaseUntil", timestamp(leaseUntil))
                .param("limit", limit)
                .query(NotificationOutbox::map)
                .list()
                .stream().sorted(Comparator.comparingLong(Row::id)).toList();
    }

    /**
     * The notification a claimed row holds, with its recipient opened.
     *
     * @throws RuntimeException if the row cannot be read: unknown channel or kind, bad parameters, a recipient that
     *                          does not open
     */
    public Notification read(Row row, NotificationCatalogue catalogue) {
        ContactChannel channel = ContactChannel.valueOf(row.channel());
        NotificationKind kind = catalogue.kind(row.kind()).orElseThrow(() ->
                new IllegalStateException("kind " + row.kind() + " is not in " + catalogue));
        String recipient = row.encryptedRecipient() == null ? null
                : seal.open(row.encryptedRecipient(), associatedData(row.trackingNumber(), channel));
        return new Notification(row.trackingNumber(), channel, recipient, kind,
                java.util.Locale.forLanguageTag(row.locale()), JSON.readValue(row.params(), PARAMS));
    }

    /** Sent: forget the recipient, which is no longer needed. */
    void markSent(long id, Instant now) {
        jdbc.sql("""
                        update notification_outbox
                        set sent_at = :now, next_attempt_at = null, attempts = attempts + 1, recipient = null
                        where id = :id
                        """)
                .param("id", id).param("now", timestamp(now)).update();
    }

    /** A failed attempt; {@code nextAttempt} null gives the notification up. */
    void markFailed(long id, Instant nextAttempt, String error) {
        jdbc.sql("""
                        update notification_outbox
                        set attempts = attempts + 1, next_attempt_at = :next, last_error = :error
                        where id = :id
                        """)
                .param("id", id)
                .param("next", nextAttempt == null ? null : timestamp(nextAttempt))
                .param("error", truncate(error))
                .update();
    }

    /** Hands a claimed row back unattempted (the round ran out of time). */
    void release(long id, Instant now) {
        jdbc.sql("update notification_outbox set next_attempt_at = :now where id = :id and sent_at is null")
                .param("id", id).param("now", timestamp(now)).update();
    }

    static String truncate(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= LAST_ERROR_LENGTH ? error : error.substring(0, LAST_ERROR_LENGTH - 1) + "…";
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Row map(ResultSet rs, int row) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getString("tracking_number"),
                rs.getString("channel"),
                rs.getString("recipient"),
                rs.getString("kind"),
                rs.getString("locale"),
                rs.getString("params"),
                rs.getInt("attempts"));
    }
}

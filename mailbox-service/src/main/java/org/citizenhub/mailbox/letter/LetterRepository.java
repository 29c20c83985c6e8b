package org.citizenhub.mailbox.letter;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Letters in PostgreSQL, written with plain SQL so the aggregate stays free of persistence annotations. */
@Repository
class LetterRepository {

    private final JdbcClient jdbc;

    LetterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextSerial() {
        return jdbc.sql("select nextval('letter_serial')").query(Long.class).single();
    }

    void insert(Letter letter, String idempotencyKey) {
        jdbc.sql("""
                insert into letter (id, tracking_number, writer_id, mailbox_code, category, title, body, status,
                                    submitted_at, idempotency_key, version)
                values (:id, :trackingNumber, :writerId, :mailbox, :category, :title, :body, :status,
                        :submittedAt, :idempotencyKey, :version)
                """)
                .param("id", letter.id())
                .param("trackingNumber", letter.trackingNumber().value())
                .param("writerId", letter.writerId())
                .param("mailbox", letter.mailbox())
                .param("category", letter.category().name())
                .param("title", letter.title())
                .param("body", letter.body())
                .param("status", letter.status().name())
                .param("submittedAt", letter.submittedAt())
                .param("idempotencyKey", idempotencyKey)
                .param("version", letter.version())
                .update();
    }

    Optional<Letter> findByTrackingNumber(TrackingNumber trackingNumber) {
        return jdbc.sql("select * from letter where tracking_number = :tn")
                .param("tn", trackingNumber.value())
                .query(LetterRepository::map)
                .optional();
    }

    Optional<Letter> findByIdempotencyKey(String writerId, String idempotencyKey) {
        return jdbc.sql("select * from letter where writer_id = :writer and idempotency_key = :key")
                .param("writer", writerId)
                .param("key", idempotencyKey)
                .query(LetterRepository::map)
                .optional();
    }

    private static Letter map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Letter(
                rs.getObject("id", UUID.class),
                new TrackingNumber(rs.getString("tracking_number")),
                rs.getString("writer_id"),
                rs.getString("mailbox_code"),
                LetterCategory.valueOf(rs.getString("category")),
                rs.getString("title"),
                rs.getString("body"),
                LetterStatus.valueOf(rs.getString("status")),
                rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getLong("version"));
    }
}

package org.citizenhub.mailbox.letter;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A citizen's letter to a leader's or department's mailbox. The aggregate decides what may happen to it;
 * the spine only knows submission, the handling workflow comes with the mailbox issue.
 */
public final class Letter {

    public static final int MAX_TITLE_LENGTH = 100;
    public static final int MAX_BODY_LENGTH = 5000;

    private final UUID id;
    private final TrackingNumber trackingNumber;
    private final String writerId;
    private final String mailbox;
    private final LetterCategory category;
    private final String title;
    private final String body;
    private final LetterStatus status;
    private final OffsetDateTime submittedAt;
    private final long version;

    public Letter(UUID id, TrackingNumber trackingNumber, String writerId, String mailbox, LetterCategory category,
                  String title, String body, LetterStatus status, OffsetDateTime submittedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.trackingNumber = Objects.requireNonNull(trackingNumber);
        this.writerId = Objects.requireNonNull(writerId);
        this.mailbox = Objects.requireNonNull(mailbox);
        this.category = Objects.requireNonNull(category);
        this.title = Objects.requireNonNull(title);
        this.body = Objects.requireNonNull(body);
        this.status = Objects.requireNonNull(status);
        this.submittedAt = Objects.requireNonNull(submittedAt);
        this.version = version;
    }

    /** A citizen writes a letter; text is trimmed, limits were checked at the edge and are re-checked here. */
    public static Letter submit(TrackingNumber trackingNumber, String writerId, String mailbox, LetterCategory category,
                                String title, String body, Clock clock) {
        String cleanTitle = requireText(title, MAX_TITLE_LENGTH, "title");
        String cleanBody = requireText(body, MAX_BODY_LENGTH, "body");
        return new Letter(UUID.randomUUID(), trackingNumber, writerId, mailbox, category, cleanTitle, cleanBody,
                LetterStatus.SUBMITTED, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS), 0);
    }

    private static String requireText(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        String trimmed = text.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            throw new IllegalArgumentException(field + " longer than " + max);
        }
        return trimmed;
    }

    public boolean isWrittenBy(String userId) {
        return writerId.equals(userId);
    }

    public UUID id() { return id; }
    public TrackingNumber trackingNumber() { return trackingNumber; }
    public String writerId() { return writerId; }
    public String mailbox() { return mailbox; }
    public LetterCategory category() { return category; }
    public String title() { return title; }
    public String body() { return body; }
    public LetterStatus status() { return status; }
    public OffsetDateTime submittedAt() { return submittedAt; }
    public long version() { return version; }
}

package org.citizenhub.mailbox.letter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citizenhub.calendar.DeadlineClock;
import org.citizenhub.calendar.DeadlineClockJson;
import org.citizenhub.casework.history.CaseStep;
import org.citizenhub.casework.history.StepHistory;
import org.citizenhub.casework.tracking.TrackingNumber;
import org.citizenhub.casework.tracking.TrackingNumbers;
import org.citizenhub.mailbox.mailbox.LetterCategory;
import org.citizenhub.privacy.PersonalDataSeal;
import org.citizenhub.web.security.DepartmentScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Letters in PostgreSQL, written with plain SQL so the aggregate stays free of persistence annotations. Updates are
 * optimistic: a letter changed by someone else since it was read is not overwritten ({@link ConcurrentLetterUpdate}).
 */
@Repository
class LetterRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PersonalDataSeal seal;
    private final StepHistory history;
    private final TrackingNumbers numbers;

    LetterRepository(JdbcClient jdbc, JsonMapper json, PersonalDataSeal seal, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.seal = seal;
        this.history = new StepHistory(jdbc, "letter_history", "letter_id", json);
        this.numbers = TrackingNumbers.fromSequence(jdbc, LetterNumbers.PREFIX, LetterNumbers.SEQUENCE, clock);
    }

    /** Raised when the letter's version moved on between read and write. */
    static class ConcurrentLetterUpdate extends RuntimeException {
        ConcurrentLetterUpdate(String trackingNumber) {
            super("Letter " + trackingNumber + " was changed by someone else");
        }
    }

    private record WriterContact(String name, String email, String phone) {
    }

    TrackingNumber nextTrackingNumber() {
        return numbers.next();
    }

    void insert(Letter letter, String idempotencyKey) {
        var s = letter.state();
        jdbc.sql("""
                insert into letter (id, tracking_number, writer_id, mailbox_code, mailbox_owner, category, title, body,
                                    status, submitted_at, idempotency_key, version, writer_contact,
                                    agrees_to_publication, contact_channel, updated_at)
                values (:id, :trackingNumber, :writerId, :mailbox, :owner, :category, :title, :body, :status,
                        :submittedAt, :idempotencyKey, 0, :contact, :agrees, :channel, :submittedAt)
                """)
                .param("id", s.id())
                .param("trackingNumber", s.trackingNumber().value())
                .param("writerId", s.writer().id())
                .param("mailbox", s.mailbox())
                .param("owner", s.mailboxOwner())
                .param("category", s.category().name())
                .param("title", s.title())
                .param("body", s.body())
                .param("status", s.status().name())
                .param("submittedAt", s.submittedAt())
                .param("idempotencyKey", idempotencyKey)
                .param("contact", sealContact(s))
                .param("agrees", s.writer().agreesToPublication())
                .param("channel", s.writer().contactChannel().name())
                .update();
        appendHistory(letter);
    }

    /**
     * Stores the letter's new state and its history; refuses if the letter changed since it was read.
     *
     * @param dueSoonAt when a running deadline turns due soon (from the calendar), for the scheduler's query
     */
    void update(Letter letter, Instant now, Instant dueSoonAt) {
        var s = letter.state();
        DeadlineClock deadline = s.deadline();
        var reply = s.reply();
        var evaluation = s.evaluation();
        int rows = jdbc.sql("""
                update letter set status = :status, mailbox_owner = :owner, department = :department,
                       accepted_at = :acceptedAt,
                       not_accepted_reason = :reason, screening_note = :note, merged_into = :mergedInto,
                       question = :question, supplement = :supplement,
                       deadline = cast(:deadline as jsonb), deadline_state = :deadlineState,
                       deadline_due_at = :dueAt, deadline_due_soon_at = :dueSoonAt,
                       pending_extension = cast(:extension as jsonb), reply = cast(:reply as jsonb),
                       review_comment = :reviewComment, answered_at = :answeredAt, published_at = :publishedAt,
                       working_days_taken = :daysTaken, answered_on_time = :onTime,
                       rating = :rating, rating_comment = :ratingComment, rated_at = :ratedAt,
                       reopenings = :reopenings, due_soon_announced = :dueSoonAnnounced,
                       overdue_announced = :overdueAnnounced, published_title = :publishedTitle,
                       published_body = :publishedBody, published_reply = :publishedReply,
                       updated_at = :now, version = version + 1
                 where id = :id and version = :version
                """)
                .param("status", s.status().name())
                .param("owner", s.mailboxOwner())
                .param("department", s.department())
                .param("acceptedAt", ts(s.acceptedAt()))
                .param("reason", s.notAcceptedReason() == null ? null : s.notAcceptedReason().name())
                .param("note", s.screeningNote())
                .param("mergedInto", s.mergedInto())
                .param("question", s.question())
                .param("supplement", s.supplement())
                .param("deadline", deadline == null ? null : DeadlineClockJson.write(deadline))
                .param("deadlineState", deadline == null ? null : deadline.state().name())
                .param("dueAt", deadline == null || deadline.state() == DeadlineClock.State.PAUSED ? null
                        : ts(deadline.dueAt()))
                .param("dueSoonAt", deadline == null || deadline.state() != DeadlineClock.State.RUNNING ? null
                        : ts(dueSoonAt))
                .param("extension", s.pendingExtension() == null ? null : json.writeValueAsString(s.pendingExtension()))
                .param("reply", reply == null ? null : json.writeValueAsString(reply))
                .param("reviewComment", s.reviewComment())
                .param("answeredAt", reply == null ? null : ts(reply.answeredAt()))
                .param("publishedAt", reply == null ? null : ts(reply.publishedAt()))
                .param("daysTaken", reply == null ? null : reply.workingDaysTaken())
                .param("onTime", reply == null ? null : reply.onTime())
                .param("rating", evaluation == null ? null : evaluation.rating().name())
                .param("ratingComment", evaluation == null ? null : evaluation.comment())
                .param("ratedAt", evaluation == null ? null : ts(evaluation.ratedAt()))
                .param("reopenings", s.reopenings())
                .param("dueSoonAnnounced", s.dueSoonAnnounced())
                .param("overdueAnnounced", s.overdueAnnounced())
                .param("publishedTitle", s.published() == null ? null : s.published().title())
                .param("publishedBody", s.published() == null ? null : s.published().body())
                .param("publishedReply", s.published() == null ? null : s.published().reply())
                .param("now", ts(now))
                .param("id", s.id())
                .param("version", s.version())
                .update();
        if (rows != 1) {
            throw new ConcurrentLetterUpdate(s.trackingNumber().value());
        }
        appendHistory(letter);
    }

    Optional<Letter> findByTrackingNumber(TrackingNumber trackingNumber) {
        return jdbc.sql("select * from letter where tracking_number = :tn")
                .param("tn", trackingNumber.value())
                .query(this::map)
                .optional();
    }

    Optional<Letter> findByIdempotencyKey(String writerId, String idempotencyKey) {
        return jdbc.sql("select * from letter where writer_id = :writer and idempotency_key = :key")
                .param("writer", writerId)
                .param("key", idempotencyKey)
                .query(this::map)
                .optional();
    }

    /** A citizen's own letters, newest first. */
    List<Letter> byWriter(String writerId, int page, int size) {
        return jdbc.sql("select * from letter where writer_id = :writer order by submitted_at desc, id "
                        + "limit :size offset :offset")
                .param("writer", writerId).param("size", size).param("offset", (long) page * size)
                .query(this::map).list();
    }

    /** Letters waiting for the office of these mailboxes' owner department: to screen, and accepted to assign. */
    List<Letter> officeQueue(String department, int page, int size) {
        return jdbc.sql("""
                select * from letter where mailbox_owner = :department and status in ('SUBMITTED', 'ACCEPTED')
                 order by submitted_at, id limit :size offset :offset
                """)
                .param("department", department).param("size", size).param("offset", (long) page * size)
                .query(this::map).list();
    }

    /** A department's letters in hand, the nearest deadline first (paused ones last). */
    List<Letter> departmentQueue(String department, int page, int size) {
        return jdbc.sql("""
                select * from letter where department = :department
                   and status in ('ASSIGNED', 'AWAITING_CITIZEN', 'IN_REVIEW')
                 order by deadline_due_at nulls last, submitted_at, id limit :size offset :offset
                """)
                .param("department", department).param("size", size).param("offset", (long) page * size)
                .query(this::map).list();
    }

    /**
     * Replies waiting for a reviewer, oldest draft first: of every department, or only of letters that these
     * departments handle or whose mailbox they own.
     */
    List<Letter> reviewQueue(DepartmentScope scope, int page, int size) {
        if (scope.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from letter where status = 'IN_REVIEW'
                   and (:all or department in (:departments) or mailbox_owner in (:departments))
                 order by deadline_due_at nulls last, id limit :size offset :offset
                """)
                .param("all", scope.unrestricted())
                .param("departments", scope.unrestricted() ? List.of("") : List.copyOf(scope.departments()))
                .param("size", size).param("offset", (long) page * size)
                .query(this::map).list();
    }

    /**
     * Locks a letter and the letter it is to be merged into, always in the same order (by id) so that two merges
     * of the same pair in opposite directions cannot deadlock; returns the target as it stands once locked.
     */
    Optional<Letter> lockForMerge(UUID letterId, TrackingNumber target) {
        jdbc.sql("select id from letter where id = :id or tracking_number = :tn order by id for update")
                .param("id", letterId).param("tn", target.value())
                .query(UUID.class).list();
        return findByTrackingNumber(target);
    }

    /** The unfinished letters of a mailbox that its office has, locked for the move to a new office. */
    List<Letter> unfinishedOfOfficeForUpdate(String mailbox, String office) {
        return jdbc.sql("""
                select * from letter where mailbox_code = :mailbox and mailbox_owner = :office
                   and status not in ('NOT_ACCEPTED', 'MERGED', 'CLOSED')
                 order by id for update
                """)
                .param("mailbox", mailbox).param("office", office)
                .query(this::map).list();
    }

    /**
     * Open letters that are overdue or due soon at {@code now}, most urgent first: of every department, or only of
     * letters that the scope's departments handle or whose mailbox they own.
     */
    List<Letter> urgent(Instant now, DepartmentScope scope, int page, int size) {
        if (scope.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from letter where status in ('ACCEPTED', 'ASSIGNED', 'AWAITING_CITIZEN', 'IN_REVIEW')
                   and deadline_state = 'RUNNING' and deadline_due_soon_at <= :now
                   and (:all or department in (:departments) or mailbox_owner in (:departments))
                 order by deadline_due_at, id limit :size offset :offset
                """)
                .param("now", ts(now))
                .param("all", scope.unrestricted())
                .param("departments", scope.unrestricted() ? List.of("") : List.copyOf(scope.departments()))
                .param("size", size).param("offset", (long) page * size)
                .query(this::map).list();
    }

    /** Letters whose warning or overdue moment has come and not been announced (for the deadline scheduler). */
    List<UUID> deadlinesToAnnounce(Instant now, int limit) {
        return jdbc.sql("""
                select id from letter where deadline_state = 'RUNNING'
                   and ((not due_soon_announced and deadline_due_soon_at <= :now)
                     or (not overdue_announced and deadline_due_at < :now))
                 order by deadline_due_at limit :limit
                """)
                .param("now", ts(now)).param("limit", limit)
                .query(UUID.class).list();
    }

    Optional<Letter> findById(UUID id) {
        return jdbc.sql("select * from letter where id = :id").param("id", id).query(this::map).optional();
    }

    /** The letter's history, oldest first. */
    List<CaseStep> history(UUID letterId) {
        return history.read(letterId);
    }

    private void appendHistory(Letter letter) {
        history.append(letter.id(), letter.changes().stream().map(LetterRepository::step).toList());
    }

    private static CaseStep step(LetterChange change) {
        return new CaseStep(change.action().name(), change.from() == null ? null : change.from().name(),
                change.to().name(), change.actor(), change.at(), change.details());
    }

    private String sealContact(Letter.State s) {
        var w = s.writer();
        if (w.name() == null && w.email() == null && w.phone() == null) {
            return null;
        }
        return seal.seal(json.writeValueAsString(new WriterContact(w.name(), w.email(), w.phone())),
                s.id().toString());
    }

    private Letter map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String sealed = rs.getString("writer_contact");
        WriterContact contact = sealed == null ? new WriterContact(null, null, null)
                : json.readValue(seal.open(sealed, id.toString()), WriterContact.class);
        var writer = new Letter.Writer(rs.getString("writer_id"), contact.name(),
                rs.getBoolean("agrees_to_publication"), ContactChannel.valueOf(rs.getString("contact_channel")),
                contact.email(), contact.phone());
        String deadline = rs.getString("deadline");
        String extension = rs.getString("pending_extension");
        String reply = rs.getString("reply");
        String rating = rs.getString("rating");
        String reason = rs.getString("not_accepted_reason");
        Instant acceptedAt = instant(rs, "accepted_at");
        String note = rs.getString("screening_note");
        String mergedInto = rs.getString("merged_into");
        var screening = acceptedAt == null && reason == null && note == null && mergedInto == null ? null
                : new Letter.Screening(acceptedAt, reason == null ? null : NotAcceptedReason.valueOf(reason), note,
                mergedInto);
        var handling = deadline == null ? null : new Letter.Handling(rs.getString("department"),
                DeadlineClockJson.read(deadline), rs.getString("question"), rs.getString("supplement"),
                extension == null ? null : json.readValue(extension, Letter.ExtensionRequest.class),
                rs.getInt("reopenings"), rs.getBoolean("due_soon_announced"), rs.getBoolean("overdue_announced"));
        String publishedTitle = rs.getString("published_title");
        var published = publishedTitle == null ? null : new Letter.PublishedText(publishedTitle,
                rs.getString("published_body"), rs.getString("published_reply"));
        String reviewComment = rs.getString("review_comment");
        var replying = reply == null && reviewComment == null && published == null ? null
                : new Letter.Replying(reply == null ? null : json.readValue(reply, Letter.Reply.class), reviewComment,
                published);
        return Letter.restore(new Letter.State(
                id,
                new TrackingNumber(rs.getString("tracking_number")),
                new Letter.Submission(writer, rs.getString("mailbox_code"),
                        LetterCategory.valueOf(rs.getString("category")), rs.getString("title"), rs.getString("body"),
                        rs.getObject("submitted_at", OffsetDateTime.class)),
                rs.getString("mailbox_owner"),
                LetterStatus.valueOf(rs.getString("status")),
                screening,
                handling,
                replying,
                rating == null ? null : new Letter.Evaluation(Rating.valueOf(rating), rs.getString("rating_comment"),
                        instant(rs, "rated_at")),
                rs.getLong("version")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

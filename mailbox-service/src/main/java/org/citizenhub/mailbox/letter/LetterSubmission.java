package org.citizenhub.mailbox.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.citizenhub.mailbox.attachment.LetterAttachments;
import org.citizenhub.mailbox.mailbox.Mailboxes;
import org.citizenhub.web.problem.HubProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Use cases around a citizen's own letters. A submission and its {@link LetterSubmitted} event are stored in one
 * transaction (the event publication registry is the outbox), so an accepted letter can never lose its event.
 */
@Service
public class LetterSubmission {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    public record SubmitLetter(String mailbox, LetterCategory category, String title, String body,
                               boolean agreesToPublication, ContactChannel contactChannel, String contactName,
                               String email, String phone, java.util.List<java.util.UUID> attachmentIds) {
        public SubmitLetter {
            attachmentIds = attachmentIds == null ? java.util.List.of() : java.util.List.copyOf(attachmentIds);
        }
    }

    public record Receipt(TrackingNumber trackingNumber, String queryCode, Letter letter, boolean replayed) {
    }

    private final LetterRepository letters;
    private final Mailboxes mailboxes;
    private final QueryCode queryCodes;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final LetterAttachments attachments;

    LetterSubmission(LetterRepository letters, Mailboxes mailboxes, QueryCode queryCodes,
                     ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
                     LetterAttachments attachments) {
        this.attachments = attachments;
        this.letters = letters;
        this.mailboxes = mailboxes;
        this.queryCodes = queryCodes;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Submits a letter. With an idempotency key, a retried request returns the first receipt instead of a second
     * letter; the same key with different content is refused.
     */
    public Receipt submit(String writerId, SubmitLetter command, String idempotencyKey) {
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new HubProblem(MailboxProblem.INVALID_IDEMPOTENCY_KEY);
        }
        if (idempotencyKey != null) {
            Optional<Receipt> earlier = replay(writerId, command, idempotencyKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        var mailbox = mailboxes.find(command.mailbox())
                .orElseThrow(() -> new HubProblem(MailboxProblem.UNKNOWN_MAILBOX, command.mailbox()));
        if (!mailbox.open()) {
            throw new HubProblem(MailboxProblem.MAILBOX_CLOSED, command.mailbox());
        }
        try {
            Letter letter = transactions.execute(status -> {
                TrackingNumber trackingNumber = TrackingNumber.of(LocalDate.now(clock), letters.nextSerial());
                var writer = new Letter.Writer(writerId, command.contactName(), command.agreesToPublication(),
                        command.contactChannel(), command.email(), command.phone());
                Letter submitted = Letter.submit(trackingNumber, writer, mailbox.code(), mailbox.ownerDepartment(),
                        command.category(), command.title(), command.body(), clock);
                letters.insert(submitted, idempotencyKey);
                if (!command.attachmentIds().isEmpty()) {
                    attachments.claim(writerId, command.attachmentIds(), submitted.id());
                }
                events.publishEvent(LetterSubmitted.of(submitted, clock));
                return submitted;
            });
            Objects.requireNonNull(letter);
            return new Receipt(letter.trackingNumber(), queryCodes.codeFor(letter.trackingNumber()), letter, false);
        } catch (DuplicateKeyException raceWithTheSameKey) {
            return replay(writerId, command, idempotencyKey).orElseThrow(() -> raceWithTheSameKey);
        }
    }

    private Optional<Receipt> replay(String writerId, SubmitLetter command, String idempotencyKey) {
        return letters.findByIdempotencyKey(writerId, idempotencyKey).map(existing -> {
            boolean sameRequest = existing.mailbox().equals(command.mailbox())
                    && existing.category() == command.category()
                    && existing.title().equals(command.title().strip())
                    && existing.body().equals(command.body().strip());
            if (!sameRequest) {
                throw new HubProblem(MailboxProblem.IDEMPOTENCY_KEY_REUSED);
            }
            return new Receipt(existing.trackingNumber(), queryCodes.codeFor(existing.trackingNumber()), existing,
                    true);
        });
    }

    /** A citizen's own letter; anyone else's is reported as not found so that existence does not leak. */
    public Letter ownLetter(String writerId, String trackingNumber) {
        return findLetter(trackingNumber)
                .filter(letter -> letter.isWrittenBy(writerId))
                .orElseThrow(() -> new HubProblem(MailboxProblem.LETTER_NOT_FOUND, trackingNumber));
    }

    /** The writer's own letters, newest first. */
    public java.util.List<Letter> ownLetters(String writerId, int page, int size) {
        return letters.byWriter(writerId, page, size);
    }

    /** Progress for whoever holds the receipt (tracking number and query code), without logging in. */
    public Letter letterByReceipt(String trackingNumber, String queryCode) {
        return findLetter(trackingNumber)
                .filter(letter -> queryCodes.matches(letter.trackingNumber(), queryCode))
                .orElseThrow(() -> new HubProblem(MailboxProblem.LETTER_NOT_FOUND, trackingNumber));
    }

    private Optional<Letter> findLetter(String trackingNumber) {
        if (!TrackingNumber.isWellFormed(trackingNumber)) {
            return Optional.empty();
        }
        return letters.findByTrackingNumber(new TrackingNumber(trackingNumber));
    }
}

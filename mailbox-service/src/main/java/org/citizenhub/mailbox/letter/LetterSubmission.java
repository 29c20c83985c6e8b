package org.citizenhub.mailbox.letter;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citizenhub.casework.submission.IdempotencyKey;
import org.citizenhub.casework.submission.IdempotentSubmission;
import org.citizenhub.casework.tracking.QueryCode;
import org.citizenhub.casework.tracking.TrackingNumber;
import org.citizenhub.mailbox.attachment.LetterAttachments;
import org.citizenhub.mailbox.mailbox.LetterCategory;
import org.citizenhub.mailbox.mailbox.Mailboxes;
import org.citizenhub.mailbox.problem.MailboxProblem;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.SiteTree;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Use cases around a citizen's own letters. A submission and its {@link LetterSubmitted} event are stored in one
 * transaction (the event publication registry is the outbox), so an accepted letter can never lose its event.
 */
@Service
public class LetterSubmission {

    public record SubmitLetter(String mailbox, LetterCategory category, String title, String body,
                               boolean agreesToPublication, ContactChannel contactChannel, String contactName,
                               String email, String phone, List<UUID> attachmentIds) {
        public SubmitLetter {
            attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
        }
    }

    public record Receipt(TrackingNumber trackingNumber, String queryCode, Letter letter, boolean replayed) {
    }

    private final LetterRepository letters;
    private final Mailboxes mailboxes;
    private final QueryCode queryCodes;
    private final ApplicationEventPublisher events;
    private final IdempotentSubmission submissions;
    private final Clock clock;
    private final LetterAttachments attachments;
    private final SiteTree sites;

    LetterSubmission(LetterRepository letters, Mailboxes mailboxes, QueryCode queryCodes,
                     ApplicationEventPublisher events, IdempotentSubmission submissions, Clock clock,
                     LetterAttachments attachments, SiteTree sites) {
        this.sites = sites;
        this.attachments = attachments;
        this.letters = letters;
        this.mailboxes = mailboxes;
        this.queryCodes = queryCodes;
        this.events = events;
        this.submissions = submissions;
        this.clock = clock;
    }

    /**
     * Submits a letter. With an idempotency key, a retried request returns the first receipt instead of a second
     * letter; the same key with different content is refused.
     */
    public Receipt submit(String writerId, SubmitLetter command, String idempotencyKey) {
        var submitted = submissions.submit(IdempotencyKey.fromHeader(idempotencyKey),
                new IdempotentSubmission.IdempotentRequest<Letter>() {
                    @Override
                    public Optional<Letter> earlier(IdempotencyKey key) {
                        return letters.findByIdempotencyKey(writerId, key.value());
                    }

                    @Override
                    public boolean sameAs(Letter existing) {
                        return existing.mailbox().equals(command.mailbox())
                                && existing.category() == command.category()
                                && existing.title().equals(command.title().strip())
                                && existing.body().equals(command.body().strip());
                    }

                    @Override
                    public Letter create(Optional<IdempotencyKey> key) {
                        return store(writerId, command, key.map(IdempotencyKey::value).orElse(null));
                    }
                });
        Letter letter = submitted.result();
        return new Receipt(letter.trackingNumber(), queryCodes.codeFor(letter.trackingNumber()), letter,
                submitted.replayed());
    }

    private Letter store(String writerId, SubmitLetter command, String idempotencyKey) {
        var mailbox = mailboxes.find(command.mailbox())
                .orElseThrow(() -> new HubProblem(MailboxProblem.UNKNOWN_MAILBOX, command.mailbox()));
        if (!mailbox.open()) {
            throw new HubProblem(MailboxProblem.MAILBOX_CLOSED, command.mailbox());
        }
        TrackingNumber trackingNumber = letters.nextTrackingNumber();
        var writer = new Letter.Writer(writerId, command.contactName(), command.agreesToPublication(),
                command.contactChannel(), command.email(), command.phone());
        Letter submitted = Letter.submit(trackingNumber, writer, mailbox.code(), mailbox.ownerDepartment(),
                command.category(), command.title(), command.body(), clock);
        letters.insert(submitted, idempotencyKey);
        if (!command.attachmentIds().isEmpty()) {
            attachments.claim(writerId, command.attachmentIds(), submitted.id());
        }
        events.publishEvent(LetterSubmitted.of(submitted, sites, clock));
        return submitted;
    }

    /** A citizen's own letter; anyone else's is reported as not found so that existence does not leak. */
    public Letter ownLetter(String writerId, String trackingNumber) {
        return findLetter(trackingNumber)
                .filter(letter -> letter.isWrittenBy(writerId))
                .orElseThrow(() -> new HubProblem(MailboxProblem.LETTER_NOT_FOUND, trackingNumber));
    }

    /** The writer's own letters, newest first. */
    public List<Letter> ownLetters(String writerId, int page, int size) {
        return letters.byWriter(writerId, page, size);
    }

    /** Progress for whoever holds the receipt (tracking number and query code), without logging in. */
    public Letter letterByReceipt(String trackingNumber, String queryCode) {
        return findLetter(trackingNumber)
                .filter(letter -> queryCodes.matches(letter.trackingNumber(), queryCode))
                .orElseThrow(() -> new HubProblem(MailboxProblem.LETTER_NOT_FOUND, trackingNumber));
    }

    private Optional<Letter> findLetter(String trackingNumber) {
        return LetterNumbers.parse(trackingNumber).flatMap(letters::findByTrackingNumber);
    }
}

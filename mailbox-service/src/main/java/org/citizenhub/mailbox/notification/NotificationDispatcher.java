package org.citizenhub.mailbox.notification;

import org.citizenhub.privacy.PersonalDataSeal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued notifications. Every {@code hub.mailbox.notifications.dispatch-interval}, on one replica at a time
 * (ShedLock lock {@value #LOCK_NAME}), it claims up to {@value #BATCH_SIZE} due rows
 * ({@code for update skip locked}) and sends each through its channel's sender, outside any transaction:
 * a sent row is marked sent; a failed one is tried again after {@link NotificationBackoff}'s delay, or given up
 * after {@value NotificationBackoff#MAX_ATTEMPTS} attempts or at once if it is undeliverable, keeping the error.
 * Delivery is at least once: a crash between sending and marking sends again after the claim's lease.
 *
 * <p>Counter {@code hub.mailbox.notifications} (tags {@code channel}, {@code outcome}: sent, retry, given-up).
 */
@Component
@ConditionalOnProperty(prefix = "hub.mailbox.notifications", name = "enabled", havingValue = "true",
        matchIfMissing = true)
public class NotificationDispatcher {

    public static final String LOCK_NAME = "mailbox-notification-dispatch";
    static final int BATCH_SIZE = 50;
    /** How long claimed rows are withheld from other rounds; as long as the lock can be held. */
    static final Duration LEASE = Duration.ofMinutes(15);
    /** A round stops sending after this and hands the rest of its claim back, well inside the lease. */
    static final Duration ROUND_BUDGET = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final NotificationOutbox outbox;
    private final CitizenNotifier notifier;
    private final PersonalDataSeal seal;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;

    NotificationDispatcher(NotificationOutbox outbox, CitizenNotifier notifier, PersonalDataSeal seal,
                           TransactionTemplate transactions, MeterRegistry meters, Clock clock) {
        this.outbox = outbox;
        this.notifier = notifier;
        this.seal = seal;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${hub.mailbox.notifications.dispatch-interval:5s}",
            initialDelayString = "${hub.mailbox.notifications.dispatch-interval:5s}")
    @SchedulerLock(name = LOCK_NAME, lockAtMostFor = "PT15M")
    public void dispatchDue() {
        try {
            dispatch();
        } catch (RuntimeException failure) {
            log.warn("Dispatching notifications failed; will retry next round", failure);
        }
    }

    /** One round without the lock; returns how many notifications it attempted. */
    int dispatch() {
        Instant start = clock.instant();
        List<NotificationOutbox.Row> claimed =
                transactions.execute(tx -> outbox.claimDue(start, start.plus(LEASE), BATCH_SIZE));
        if (claimed == null || claimed.isEmpty()) {
            return 0;
        }
        Instant deadline = start.plus(ROUND_BUDGET);
        int attempted = 0;
        for (NotificationOutbox.Row row : claimed) {
            if (clock.instant().isAfter(deadline)) {
                outbox.release(row.id(), clock.instant());
                continue;
            }
            attempt(row);
            attempted++;
        }
        return attempted;
    }

    private void attempt(NotificationOutbox.Row row) {
        String recipient = null;
        Notification notification;
        try {
            recipient = row.encryptedRecipient() == null ? null
                    : seal.open(row.encryptedRecipient(),
                            NotificationOutbox.associatedData(row.trackingNumber(), row.channel()));
            notification = new Notification(row.trackingNumber(), row.channel(), recipient, row.kind(),
                    row.locale(), row.params());
        } catch (RuntimeException unreadable) {
            giveUp(row, "unreadable: " + describe(unreadable, recipient));
            return;
        }
        try {
            notifier.deliver(notification);
        } catch (UndeliverableNotificationException undeliverable) {
            giveUp(row, describe(undeliverable, recipient));
            return;
        } catch (RuntimeException failure) {
            retryLater(row, describe(failure, recipient));
            return;
        }
        outbox.markSent(row.id(), clock.instant());
        count(row, "sent");
    }

    private void retryLater(NotificationOutbox.Row row, String error) {
        int failedAttempts = row.attempts() + 1;
        Optional<Duration> delay = NotificationBackoff.delayAfter(failedAttempts);
        if (delay.isEmpty()) {
            giveUp(row, error);
            return;
        }
        Instant next = clock.instant().plus(delay.get());
        outbox.markFailed(row.id(), next, error);
        count(row, "retry");
        log.info("Notification {} ({} {} for {}) failed on attempt {}, next at {}: {}", row.id(), row.channel(),
                row.kind(), row.trackingNumber(), failedAttempts, next, error);
    }

    private void giveUp(NotificationOutbox.Row row, String error) {
        outbox.markFailed(row.id(), null, error);
        count(row, "given-up");
        log.warn("Notification {} ({} {} for {}) given up after {} attempt(s): {}", row.id(), row.channel(),
                row.kind(), row.trackingNumber(), row.attempts() + 1, error);
    }

    private void count(NotificationOutbox.Row row, String outcome) {
        meters.counter("hub.mailbox.notifications", "channel", row.channel().name(), "outcome", outcome).increment();
    }

    /** The failure and its causes, without the recipient's contact details. */
    static String describe(Throwable failure, String recipient) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null && text.length() < NotificationOutbox.LAST_ERROR_LENGTH;
             cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage().strip());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Contacts.redact(text.toString(), recipient);
    }
}

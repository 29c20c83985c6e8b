package org.citizenhub.casework.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued notifications. Every {@code hub.notifications.dispatch-interval}, on one replica at a time (ShedLock
 * lock {@value #LOCK_NAME} in table {@code shedlock}), it claims up to {@code hub.notifications.batch-size} due rows
 * ({@code for update skip locked}) and sends each through its channel's sender, outside any transaction: a sent row
 * is marked sent; a failed one is tried again after the {@link NotificationBackoff}'s delay, or given up after the
 * last attempt, or at once if it is undeliverable or unreadable, keeping the error (without the recipient). One
 * failing notification never stops the others: each is attempted and recorded on its own, and a failed one waits
 * for its back-off instead of coming first again. Delivery is at least once: a crash between sending and marking
 * sends again after the claim's lease.
 *
 * <p>It schedules itself (a one-thread scheduler started with the application context), as platform-events'
 * outbox resubmission does, so a service needs no {@code @EnableScheduling} for it.
 *
 * <p>Counter {@code hub.notifications} (tags {@code channel}, {@code outcome}: sent, retry, given-up).
 */
public class NotificationDispatcher implements SmartLifecycle {

    public static final String LOCK_NAME = "casework-notification-dispatch";
    /** How long claimed rows are withheld from other rounds; as long as the lock can be held. */
    static final Duration LEASE = Duration.ofMinutes(15);
    /** A round stops sending after this and hands the rest of its claim back, well inside the lease. */
    static final Duration ROUND_BUDGET = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final NotificationOutbox outbox;
    private final NotificationCatalogue catalogue;
    private final CitizenNotifier notifier;
    private final TransactionTemplate transactions;
    private final LockingTaskExecutor locks;
    private final NotificationBackoff backoff;
    private final Duration interval;
    private final int batchSize;
    private final MeterRegistry meters;
    private final Clock clock;

    private ThreadPoolTaskScheduler scheduler;
    private ScheduledFuture<?> schedule;

    public NotificationDispatcher(NotificationOutbox outbox, NotificationCatalogue catalogue, CitizenNotifier notifier,
                                  TransactionTemplate transactions, LockingTaskExecutor locks,
                                  NotificationProperties properties, MeterRegistry meters, Clock clock) {
        this.outbox = outbox;
        this.catalogue = catalogue;
        this.notifier = notifier;
        this.transactions = transactions;
        this.locks = locks;
        this.backoff = properties.backoff().toBackoff();
        this.interval = properties.dispatchInterval();
        this.batchSize = properties.batchSize();
        this.meters = meters;
        this.clock = clock;
    }

    /** One round under the lock; skipped if another replica holds it. Never throws. */
    public void dispatchDue() {
        try {
            locks.executeWithLock((Runnable) this::dispatch,
                    new LockConfiguration(clock.instant(), LOCK_NAME, LEASE, Duration.ZERO));
        } catch (RuntimeException failure) {
            log.warn("Dispatching notifications failed; will retry next round", failure);
        }
    }

    /** One round without the lock; returns how many notifications it attempted. */
    public int dispatch() {
        Instant start = clock.instant();
        List<NotificationOutbox.Row> claimed =
                transactions.execute(tx -> outbox.claimDue(start, start.plus(LEASE), batchSize));
        if (claimed == null || claimed.isEmpty()) {
            return 0;
        }
        Instant deadline = start.plus(ROUND_BUDGET);
        int attempted = 0;
        for (NotificationOutbox.Row row : claimed) {
            try {
                if (clock.instant().isAfter(deadline)) {
                    outbox.release(row.id(), clock.instant());
                    continue;
                }
                attempted++;
                attempt(row);
            } catch (RuntimeException failure) {
                // recording the outcome failed (e.g. the database went away): the lease brings the row back
                log.warn("Notification {} could not be recorded; it is tried again after its lease", row.id(),
                        failure);
            }
        }
        return attempted;
    }

    private void attempt(NotificationOutbox.Row row) {
        Notification notification;
        try {
            notification = outbox.read(row, catalogue);
        } catch (RuntimeException unreadable) {
            giveUp(row, "unreadable: " + describe(unreadable, null));
            return;
        }
        String recipient = notification.recipient();
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
        Optional<Duration> delay = backoff.delayAfter(failedAttempts);
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
        meters.counter("hub.notifications", "channel", row.channel(), "outcome", outcome).increment();
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

    @Override
    public synchronized void start() {
        if (schedule != null) {
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("casework-notify-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        schedule = scheduler.scheduleWithFixedDelay(this::dispatchDue, scheduler.getClock().instant().plus(interval),
                interval);
    }

    @Override
    public synchronized void stop() {
        if (schedule != null) {
            schedule.cancel(false);
            schedule = null;
        }
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return schedule != null;
    }
}

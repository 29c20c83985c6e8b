package org.citizenhub.casework.notify;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells citizens what happened to their cases. The step that handles a case calls {@link #enqueue} in its own
 * transaction: the notification is stored with the step's changes (or not at all, if the step rolls back) and sent
 * afterwards by {@link NotificationDispatcher}, retried with back-off. Sending never happens in, and so can never
 * fail or roll back, the handling step.
 */
public class CitizenNotifier {

    private static final Logger log = LoggerFactory.getLogger(CitizenNotifier.class);

    private final NotificationOutbox outbox;
    private final NotificationCatalogue catalogue;
    private final Map<ContactChannel, NotificationSender> senders = new EnumMap<>(ContactChannel.class);
    private final boolean enabled;
    private final Clock clock;

    public CitizenNotifier(NotificationOutbox outbox, NotificationCatalogue catalogue, List<NotificationSender> senders,
                           boolean enabled, Clock clock) {
        this.outbox = outbox;
        this.catalogue = catalogue;
        this.enabled = enabled;
        this.clock = clock;
        for (NotificationSender sender : senders) {
            NotificationSender earlier = this.senders.put(sender.channel(), sender);
            if (earlier != null) {
                throw new IllegalStateException("two senders for channel " + sender.channel() + ": "
                        + earlier.getClass().getName() + " and " + sender.getClass().getName());
            }
        }
    }

    /**
     * Queues the notification in the caller's transaction; it is sent after that transaction commits.
     *
     * @throws IllegalTransactionStateException if no transaction is active
     * @throws IllegalArgumentException         if its kind is not in the service's catalogue
     */
    public void enqueue(Notification notification) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException(
                    "a notification is queued in the transaction of the step that causes it; none is active");
        }
        if (catalogue.kind(notification.kind().name()).filter(notification.kind()::equals).isEmpty()) {
            throw new IllegalArgumentException("notification kind " + notification.kind() + " is not in " + catalogue);
        }
        if (!enabled) {
            log.debug("Notifications are disabled; not queueing {}", notification);
            return;
        }
        long id = outbox.insert(notification, clock.instant());
        log.debug("Queued notification {}: {}", id, notification);
    }

    /** Sends the notification now through its channel's sender; throws if that fails. */
    void deliver(Notification notification) {
        NotificationSender sender = senders.get(notification.channel());
        if (sender == null) {
            throw new UndeliverableNotificationException("no sender for channel " + notification.channel());
        }
        sender.send(notification);
    }
}

package org.citizenhub.mailbox.notification;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells citizens what happened to their letters. The step that handles a letter calls {@link #enqueue} in its own
 * transaction: the notification is stored with the step's changes (or not at all, if the step rolls back) and sent
 * afterwards by {@link NotificationDispatcher}, retried with back-off. Sending never happens in, and so can never
 * fail or roll back, the handling step.
 */
@Component
public class CitizenNotifier {

    private static final Logger log = LoggerFactory.getLogger(CitizenNotifier.class);

    private final NotificationOutbox outbox;
    private final Map<ContactChannel, NotificationSender> senders = new EnumMap<>(ContactChannel.class);
    private final NotificationProperties properties;
    private final Clock clock;

    CitizenNotifier(NotificationOutbox outbox, List<NotificationSender> senders, NotificationProperties properties,
                    Clock clock) {
        this.outbox = outbox;
        this.properties = properties;
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
     * @throws org.springframework.transaction.IllegalTransactionStateException if no transaction is active
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(Notification notification) {
        if (!properties.enabled()) {
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

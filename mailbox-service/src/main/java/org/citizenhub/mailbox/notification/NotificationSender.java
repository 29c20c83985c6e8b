package org.citizenhub.mailbox.notification;

/**
 * Delivers notifications through one {@link ContactChannel}. Exactly one Spring bean per channel; the dispatcher
 * calls it outside any transaction and retries on failure.
 */
public interface NotificationSender {

    ContactChannel channel();

    /**
     * Delivers the notification now.
     *
     * @throws UndeliverableNotificationException if retrying cannot help (e.g. the address is malformed or refused)
     * @throws RuntimeException                   on any other failure; the notification is tried again later
     */
    void send(Notification notification);
}

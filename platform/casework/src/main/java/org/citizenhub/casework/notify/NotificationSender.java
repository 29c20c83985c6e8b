package org.citizenhub.casework.notify;

/**
 * Delivers notifications through one {@link ContactChannel}. The library supplies one for each channel (an SMS gateway
 * plugs in as a {@link SmsGateway} bean); there is exactly one per channel. The dispatcher calls it outside any
 * transaction and retries on failure.
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

package org.citizenhub.casework.notify;

/** Thrown by a {@link NotificationSender} when trying again cannot help; the notification is given up at once. */
public class UndeliverableNotificationException extends RuntimeException {

    public UndeliverableNotificationException(String message, Throwable cause) {
        super(message, cause);
    }

    public UndeliverableNotificationException(String message) {
        super(message);
    }
}

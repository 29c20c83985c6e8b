package org.citizenhub.mailbox.notification;

import java.util.Set;

/** What a citizen is told, with the parameters (see {@link Notification}) each kind needs. */
public enum NotificationKind {

    /** The letter was accepted; optional {@code dueDate} (when an answer is due) and {@code queryUrl}. */
    LETTER_ACCEPTED(Set.of(Notification.TITLE, Notification.MAILBOX)),

    /** The reply was approved and sent; optional {@code queryUrl}. */
    LETTER_ANSWERED(Set.of(Notification.TITLE, Notification.MAILBOX)),

    /** The letter was not accepted; {@code reason} says why. */
    LETTER_NOT_ACCEPTED(Set.of(Notification.TITLE, Notification.MAILBOX, Notification.REASON));

    private final Set<String> requiredParams;

    NotificationKind(Set<String> requiredParams) {
        this.requiredParams = requiredParams;
    }

    /** The parameters a notification of this kind must carry. */
    public Set<String> requiredParams() {
        return requiredParams;
    }

    /** The prefix of this kind's keys in {@code notifications.properties}, e.g. {@code letter-accepted}. */
    String messageKey() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

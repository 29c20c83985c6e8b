package org.citizenhub.casework.notify;

/** How a citizen is told about their case. Stored by name in {@code notification_outbox.channel}. */
public enum ContactChannel {

    /** On the site itself: the citizen sees the case's new state in their own list; nothing is sent. */
    SITE,

    /** By e-mail to the address the citizen gave. */
    EMAIL,

    /** By text message to the phone number the citizen gave. */
    SMS
}

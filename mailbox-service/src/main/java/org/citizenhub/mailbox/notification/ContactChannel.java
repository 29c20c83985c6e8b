package org.citizenhub.mailbox.notification;

/** How a citizen is told about their letter. */
public enum ContactChannel {

    /** On the site itself: the citizen sees it in "my letters"; nothing is sent. */
    SITE,

    /** By e-mail to the address the citizen gave. */
    EMAIL,

    /** By text message to the phone number the citizen gave. */
    SMS
}

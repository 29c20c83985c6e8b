package org.citizenhub.mailbox.letter;

/** How the citizen wants to hear back. */
public enum ContactChannel {
    /** Only on the site ("my letters" and the query by tracking number). */
    SITE,
    SMS,
    EMAIL
}

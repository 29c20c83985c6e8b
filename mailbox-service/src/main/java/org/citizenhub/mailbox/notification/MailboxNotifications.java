package org.citizenhub.mailbox.notification;

import java.util.List;

import org.citizenhub.casework.notify.NotificationKind;

/**
 * The mailbox's notification catalogue: what a letter's writer is told, and the named parameters each kind carries.
 * Texts are in {@code notifications.properties} (zh-CN) and {@code notifications_en.properties} (en); platform-casework
 * checks both against these kinds at startup. A kind's name is stored with every queued notification, so it never
 * changes.
 */
public final class MailboxNotifications {

    /** The letter's title. */
    public static final String TITLE = "title";
    /** The mailbox's name in the citizen's language, e.g. 市长信箱. */
    public static final String MAILBOX = "mailbox";
    /** Why the letter was not accepted. */
    public static final String REASON = "reason";
    /** When an answer is due, formatted for the citizen. */
    public static final String DUE_DATE = "dueDate";
    /** Where the citizen can follow the letter. */
    public static final String QUERY_URL = "queryUrl";

    /** The letter was accepted; optional {@code dueDate} (when an answer is due) and {@code queryUrl}. */
    public static final NotificationKind LETTER_ACCEPTED =
            NotificationKind.of("LETTER_ACCEPTED", TITLE, MAILBOX).withOptional(DUE_DATE, QUERY_URL);

    /** The reply was approved and sent; optional {@code queryUrl}. */
    public static final NotificationKind LETTER_ANSWERED =
            NotificationKind.of("LETTER_ANSWERED", TITLE, MAILBOX).withOptional(QUERY_URL);

    /** The letter was not accepted (or merged into another); {@code reason} says why. */
    public static final NotificationKind LETTER_NOT_ACCEPTED =
            NotificationKind.of("LETTER_NOT_ACCEPTED", TITLE, MAILBOX, REASON).withOptional(QUERY_URL);

    public static final List<NotificationKind> KINDS = List.of(LETTER_ACCEPTED, LETTER_ANSWERED, LETTER_NOT_ACCEPTED);

    /** The message bundle's base name. */
    public static final String TEXTS = "notifications";

    private MailboxNotifications() {
    }
}

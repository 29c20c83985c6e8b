package org.citizenhub.consultation.notification;

import java.util.List;

import org.citizenhub.casework.notify.NotificationKind;

/**
 * What a writer is told about their case, with the named parameters each kind carries. Texts are in
 * {@code consultation-notifications.properties} (zh-CN) and {@code _en} (en); platform/casework checks them against
 * these kinds at startup. A kind's name is stored with every queued notification, so it never changes.
 */
public final class ConsultationNotifications {

    /** The case's title (never its body). */
    public static final String TITLE = "title";
    /** When the next answer or completion is due, formatted for the citizen. */
    public static final String DUE_DATE = "dueDate";
    /** Why the case was not accepted. */
    public static final String REASON = "reason";
    /** The case a duplicate joined. */
    public static final String MERGED_INTO = "mergedInto";
    /** Where the citizen can follow the case. */
    public static final String QUERY_URL = "queryUrl";

    public static final NotificationKind CASE_ACCEPTED =
            NotificationKind.of("CASE_ACCEPTED", TITLE).withOptional(DUE_DATE, QUERY_URL);
    public static final NotificationKind CASE_REFUSED =
            NotificationKind.of("CASE_REFUSED", TITLE, REASON).withOptional(QUERY_URL);
    /** 合并: the writer of a duplicate is told which case will answer it. */
    public static final NotificationKind CASE_MERGED =
            NotificationKind.of("CASE_MERGED", TITLE, MERGED_INTO).withOptional(QUERY_URL);
    /** 承诺办结日期: the citizen is told the promised completion date. */
    public static final NotificationKind COMPLETION_PROMISED =
            NotificationKind.of("COMPLETION_PROMISED", TITLE, DUE_DATE).withOptional(QUERY_URL);
    public static final NotificationKind INFORMATION_REQUESTED =
            NotificationKind.of("INFORMATION_REQUESTED", TITLE).withOptional(QUERY_URL);
    /** The reply was approved; also sent to the writers of merged duplicates. */
    public static final NotificationKind CASE_ANSWERED =
            NotificationKind.of("CASE_ANSWERED", TITLE).withOptional(QUERY_URL);

    public static final List<NotificationKind> KINDS = List.of(CASE_ACCEPTED, CASE_REFUSED, CASE_MERGED,
            COMPLETION_PROMISED, INFORMATION_REQUESTED, CASE_ANSWERED);

    public static final String TEXTS = "consultation-notifications";

    private ConsultationNotifications() {
    }
}

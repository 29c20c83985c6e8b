package org.citizenhub.casework.notify;

import java.util.List;

/** A small catalogue for the library's own tests, texts in {@code notify/cases*.properties}. */
final class TestKinds {

    static final NotificationKind CASE_ACCEPTED =
            NotificationKind.of("CASE_ACCEPTED", "title", "office").withOptional("dueDate", "queryUrl");
    static final NotificationKind CASE_ANSWERED = NotificationKind.of("CASE_ANSWERED", "title", "office")
            .withOptional("queryUrl");
    static final NotificationKind CASE_REFUSED = NotificationKind.of("CASE_REFUSED", "title", "office", "reason");

    static final List<NotificationKind> ALL = List.of(CASE_ACCEPTED, CASE_ANSWERED, CASE_REFUSED);

    static NotificationCatalogue catalogue() {
        return NotificationCatalogue.of("notify/cases", ALL);
    }

    private TestKinds() {
    }
}

package org.citizenhub.hall.applications;

import java.util.List;

import org.citizenhub.casework.notify.NotificationKind;

/**
 * The applicant's notifications (platform/casework notify): accepted (also by Art 32), 补正 with every issue, decided
 * (准予 / 不予 / 不予受理) with the reasons. Texts in {@value #TEXTS}{@code [_en].properties}. The service has one
 * notification catalogue; these kinds and texts join it (see docs/applications.md), and until they do, nothing is
 * queued.
 */
public final class ApplicationNotifications {

    /** The service's one bundle (see org.citizenhub.hall.config.HallConfiguration). */
    public static final String TEXTS = "hall-notifications";

    public static final NotificationKind APPLICATION_ACCEPTED =
            NotificationKind.of("APPLICATION_ACCEPTED", "item", "number", "dueDate");
    public static final NotificationKind APPLICATION_CORRECTION =
            NotificationKind.of("APPLICATION_CORRECTION", "item", "number", "issues");
    public static final NotificationKind APPLICATION_DECIDED =
            NotificationKind.of("APPLICATION_DECIDED", "item", "number", "outcome").withOptional("reasons");

    public static final List<NotificationKind> KINDS =
            List.of(APPLICATION_ACCEPTED, APPLICATION_CORRECTION, APPLICATION_DECIDED);

    private ApplicationNotifications() {
    }
}

package org.citizenhub.hall.appointments;

import java.util.List;

import org.citizenhub.casework.notify.NotificationKind;

/**
 * Appointments' notification kinds (platform/casework notify). The service's one catalogue, with every feature's
 * kinds and texts, and its one seal are {@code org.citizenhub.hall.config.HallConfiguration}'s.
 */
public final class AppointmentConfiguration {

    /** Booked (also after a reschedule): hall, window and time. */
    static final NotificationKind APPOINTMENT_BOOKED =
            NotificationKind.of("APPOINTMENT_BOOKED", "hall", "window", "time").withOptional("address");
    /** The working day before: hall, window, time, address. */
    static final NotificationKind APPOINTMENT_REMINDER =
            NotificationKind.of("APPOINTMENT_REMINDER", "hall", "window", "time").withOptional("address");

    public static final List<NotificationKind> KINDS = List.of(APPOINTMENT_BOOKED, APPOINTMENT_REMINDER);

    private AppointmentConfiguration() {
    }
}

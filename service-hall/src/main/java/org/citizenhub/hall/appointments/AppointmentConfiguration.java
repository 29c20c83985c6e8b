package org.citizenhub.hall.appointments;

import java.util.List;

import org.citizenhub.casework.notify.NotificationCatalogue;
import org.citizenhub.casework.notify.NotificationKind;
import org.citizenhub.privacy.PersonalDataCipher;
import org.citizenhub.privacy.PersonalDataSeal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Appointments' wiring of the platform libraries: the notification kinds and texts (platform/casework notify) and
 * the seal of the contact a reminder goes to.
 *
 * <p>The service has one notification catalogue and one seal; appointments is the first feature to need them. A
 * feature that needs its own kinds adds them to {@link #KINDS}' catalogue (the integrator merges them into one).
 */
@Configuration(proxyBeanMethods = false)
class AppointmentConfiguration {

    static final String TEXTS = "hall-appointment-notifications";

    /** Booked (also after a reschedule): hall, window and time. */
    static final NotificationKind APPOINTMENT_BOOKED =
            NotificationKind.of("APPOINTMENT_BOOKED", "hall", "window", "time").withOptional("address");
    /** The working day before: hall, window, time, address. */
    static final NotificationKind APPOINTMENT_REMINDER =
            NotificationKind.of("APPOINTMENT_REMINDER", "hall", "window", "time").withOptional("address");

    static final List<NotificationKind> KINDS = List.of(APPOINTMENT_BOOKED, APPOINTMENT_REMINDER);

    @Bean
    NotificationCatalogue notificationCatalogue() {
        return NotificationCatalogue.of(TEXTS, KINDS);
    }

    @Bean
    PersonalDataSeal personalDataSeal(AppointmentProperties properties) {
        return new PersonalDataCipher(properties.personalDataKey(), "hub.hall.appointments.personal-data-key");
    }
}

package org.citizenhub.hall.appointments;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.citizenhub.events.EventMetadata;
import org.citizenhub.events.IntegrationEvent;
import org.citizenhub.hall.appointments.domain.Booking;

/**
 * {@code gov.hub.hall.appointment.<booked|cancelled|no-show>.v1} on topic {@value #TOPIC}, key the booking number
 * (schemas: resources/events/appointment.*.v1.schema.json). No personal data: no citizen, no contact, no check-in
 * code; the hall, window, department, site and time only, so that supervision and statistics can count.
 *
 * @param reason cancelled: {@code CANCELLED} by the citizen or {@code RESCHEDULED} (then {@code rescheduledTo});
 *               null otherwise
 */
public record AppointmentEvent(EventMetadata metadata, Data data) implements IntegrationEvent {

    public static final String TOPIC = "gov.hub.hall.appointment";
    public static final URI SOURCE = URI.create("/citizen-hub/service-hall");

    public record Data(UUID bookingId, String number, UUID hallId, UUID windowId, String department, String site,
                       String itemCode, OffsetDateTime startsAt, OffsetDateTime endsAt, String event, String status,
                       String reason, String rescheduledFrom, String rescheduledTo, OffsetDateTime occurredAt) {
    }

    public static String type(String event) {
        return "gov.hub.hall.appointment." + event + ".v1";
    }

    static AppointmentEvent of(String event, Booking b, String reason, String rescheduledTo, Clock clock) {
        var zone = SlotGeneration.ZONE;
        return new AppointmentEvent(
                EventMetadata.create(type(event), SOURCE, b.number(), TOPIC, b.number(), clock),
                new Data(b.id(), b.number(), b.slot().hallId(), b.slot().windowId(), b.slot().department(),
                        b.slot().site(), b.itemCode(), b.slot().startsAt().atZone(zone).toOffsetDateTime(),
                        b.slot().endsAt().atZone(zone).toOffsetDateTime(), event, b.status().name(), reason,
                        b.rescheduledFrom(), rescheduledTo,
                        OffsetDateTime.now(clock.withZone(zone)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
    }
}

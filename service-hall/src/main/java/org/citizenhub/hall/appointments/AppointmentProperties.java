package org.citizenhub.hall.appointments;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.citizenhub.hall.appointments.domain.BookingLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code hub.hall.appointments.*}: the slot horizon, the limits per citizen and the batches' rhythm.
 *
 * @param horizonWorkingDays   slots exist for this many working days ahead (today included)
 * @param closesMinutesBefore  online booking, cancelling and rescheduling close this long before the slot
 * @param maxActiveBookings    bookings a citizen may hold that are not yet due
 * @param noShowThreshold      this many no-shows ...
 * @param noShowWindowDays     ... within this many days ...
 * @param blockDays            ... block online booking for this many days after the last of them
 * @param generationInterval   how often the horizon is rolled forward (slots of new working days)
 * @param reminderInterval     how often the reminder batch looks for tomorrow's bookings
 */
@Validated
@ConfigurationProperties("hub.hall.appointments")
public record AppointmentProperties(
        @DefaultValue("14") @Min(1) @Max(60) int horizonWorkingDays,
        @DefaultValue("60") @Min(0) @Max(1440) int closesMinutesBefore,
        @DefaultValue("3") @Min(1) @Max(20) int maxActiveBookings,
        @DefaultValue("3") @Min(1) @Max(20) int noShowThreshold,
        @DefaultValue("90") @Min(1) @Max(366) int noShowWindowDays,
        @DefaultValue("30") @Min(1) @Max(366) int blockDays,
        @DefaultValue("1h") @NotNull Duration generationInterval,
        @DefaultValue("10m") @NotNull Duration reminderInterval) {

    public BookingLimits limits() {
        return new BookingLimits(noShowThreshold, Duration.ofDays(noShowWindowDays), Duration.ofDays(blockDays),
                maxActiveBookings, Duration.ofMinutes(closesMinutesBefore));
    }
}

package org.citizenhub.hall.appointments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class BookingTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final BookingLimits LIMITS = new BookingLimits(3, Duration.ofDays(90), Duration.ofDays(30), 3,
            Duration.ofMinutes(60));
    // Wednesday 2026-11-18 09:00–09:30 in Shanghai
    private static final Instant STARTS = Instant.parse("2026-11-18T01:00:00Z");
    private static final SlotRef SLOT = new SlotRef(7, UUID.randomUUID(), UUID.randomUUID(), "D-GOV-OFFICE", "GOV",
            STARTS, STARTS.plus(Duration.ofMinutes(30)));

    private final Booking booked = Booking.book(UUID.randomUUID(), "YY20261116000001", "citizen-1", SLOT, "123456",
            null, STARTS.minus(Duration.ofDays(2)), null);

    @Test
    void a_cancelled_booking_cannot_be_cancelled_again() {
        var cancelled = booked.cancel(STARTS.minus(Duration.ofDays(1)), LIMITS);
        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThatThrownBy(() -> cancelled.cancel(STARTS.minus(Duration.ofDays(1)), LIMITS))
                .isInstanceOf(BookingStateException.class);
    }

    @Test
    void a_no_show_is_recorded_only_once_the_slot_has_begun() {
        assertThatThrownBy(() -> booked.noShow("staff", STARTS.minusSeconds(1)))
                .isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.policy()).isEqualTo(BookingPolicy.NO_SHOW_ONLY_ONCE_THE_SLOT_HAS_BEGUN));
        assertThat(booked.noShow("staff", STARTS.plus(Duration.ofMinutes(31))).status())
                .isEqualTo(BookingStatus.NO_SHOW);
    }

    @Test
    void arrival_needs_the_check_in_code_on_the_day() {
        assertThatThrownBy(() -> booked.arrive("654321", "staff", STARTS, ZONE)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> booked.arrive("123456", "staff", STARTS.minus(Duration.ofDays(1)), ZONE))
                .isInstanceOf(Refusal.class);
        assertThat(booked.arrive("123456", "staff", STARTS.minus(Duration.ofMinutes(20)), ZONE).status())
                .isEqualTo(BookingStatus.ARRIVED);
    }
}

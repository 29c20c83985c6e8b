package org.citizenhub.hall.appointments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class BookingLimitsTest {

    private static final BookingLimits LIMITS = new BookingLimits(3, Duration.ofDays(90), Duration.ofDays(30), 3,
            Duration.ofMinutes(60));
    private static final Instant NOW = Instant.parse("2026-11-16T02:00:00Z");
    private static final Instant NEXT_WEEK = NOW.plus(Duration.ofDays(7));

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    @Test
    void three_no_shows_within_90_days_block_online_booking_for_30_days_after_the_third() {
        var noShows = List.of(daysAgo(80), daysAgo(40), daysAgo(10));
        assertThat(LIMITS.blockedUntil(noShows, NOW)).contains(daysAgo(10).plus(Duration.ofDays(30)));
        assertThatThrownBy(() -> LIMITS.checkBooking(NOW, NEXT_WEEK, 0, noShows, Instant::toString))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.policy()).isEqualTo(BookingPolicy.NO_SHOWS_BLOCK_ONLINE_BOOKING);
                    assertThat(r.args()).containsExactly(3, 90L, daysAgo(10).plus(Duration.ofDays(30)).toString());
                });
    }

    @Test
    void the_block_ends_30_days_after_the_third_no_show() {
        var noShows = List.of(daysAgo(100), daysAgo(60), daysAgo(31));
        assertThat(LIMITS.blockedUntil(noShows, NOW)).isEmpty();
    }

    @Test
    void three_no_shows_spread_over_more_than_90_days_do_not_block() {
        var noShows = List.of(daysAgo(95), daysAgo(20), daysAgo(1));
        assertThat(LIMITS.blockedUntil(noShows, NOW)).isEmpty();
        assertThat(LIMITS.blockedUntil(List.of(daysAgo(2), daysAgo(1)), NOW)).isEmpty();
    }

    @Test
    void a_citizen_holds_at_most_three_upcoming_bookings() {
        assertThatCode(() -> LIMITS.checkBooking(NOW, NEXT_WEEK, 2, List.of(), Instant::toString))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> LIMITS.checkBooking(NOW, NEXT_WEEK, 3, List.of(), Instant::toString))
                .isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.policy()).isEqualTo(BookingPolicy.AT_MOST_N_ACTIVE_BOOKINGS));
    }

    @Test
    void booking_closes_an_hour_before_the_slot() {
        assertThatCode(() -> LIMITS.checkOpen(NOW, NOW.plus(Duration.ofMinutes(61)))).doesNotThrowAnyException();
        assertThatThrownBy(() -> LIMITS.checkOpen(NOW, NOW.plus(Duration.ofMinutes(60))))
                .isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.policy()).isEqualTo(BookingPolicy.BOOKING_CLOSES_BEFORE_THE_SLOT));
    }
}

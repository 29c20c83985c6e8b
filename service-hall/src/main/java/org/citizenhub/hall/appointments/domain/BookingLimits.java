package org.citizenhub.hall.appointments.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The limits per citizen, configured ({@code hub.hall.appointments}): e.g. 3 no-shows within 90 days block online
 * booking for 30 days after the no-show that reached the threshold; at most N bookings not yet due; booking closes
 * some minutes before the slot.
 */
public record BookingLimits(int noShowThreshold, Duration noShowWindow, Duration blockFor, int maxActiveBookings,
                            Duration closesBefore) {

    public BookingLimits {
        if (noShowThreshold < 1 || maxActiveBookings < 1 || noShowWindow.isNegative() || blockFor.isNegative()
                || closesBefore.isNegative()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * Until when online booking is blocked by no-shows, if it is now: blocked for {@code blockFor} after any
     * no-show that was the threshold-th within {@code noShowWindow} (counting itself).
     *
     * @param noShows when the citizen's no-shows were recorded (any order); those older than window + block do
     *                not matter
     */
    public Optional<Instant> blockedUntil(List<Instant> noShows, Instant now) {
        var sorted = noShows.stream().sorted().toList();
        Instant until = null;
        for (int i = noShowThreshold - 1; i < sorted.size(); i++) {
            Instant reaching = sorted.get(i);
            Instant first = sorted.get(i - noShowThreshold + 1);
            if (Duration.between(first, reaching).compareTo(noShowWindow) < 0) {
                Instant end = reaching.plus(blockFor);
                if (end.isAfter(now) && (until == null || end.isAfter(until))) {
                    until = end;
                }
            }
        }
        return Optional.ofNullable(until);
    }

    /**
     * The checks of a new booking, in the order a citizen can act on them.
     *
     * @param slotStartsAt   the slot's beginning
     * @param activeBookings the citizen's bookings not yet due (a rescheduled one excluded)
     * @param noShows        the citizen's recent no-shows
     * @param blockedText    how to show the end of a block to the citizen (e.g. "2026年12月16日")
     */
    public void checkBooking(Instant now, Instant slotStartsAt, int activeBookings, List<Instant> noShows,
                             java.util.function.Function<Instant, String> blockedText) {
        var blocked = blockedUntil(noShows, now);
        if (blocked.isPresent()) {
            throw new Refusal(BookingPolicy.NO_SHOWS_BLOCK_ONLINE_BOOKING, noShowThreshold, noShowWindow.toDays(),
                    blockedText.apply(blocked.get()));
        }
        checkOpen(now, slotStartsAt);
        if (activeBookings >= maxActiveBookings) {
            throw new Refusal(BookingPolicy.AT_MOST_N_ACTIVE_BOOKINGS, maxActiveBookings);
        }
    }

    /** Booking, cancelling and rescheduling close {@code closesBefore} before the slot begins. */
    public void checkOpen(Instant now, Instant slotStartsAt) {
        if (!now.isBefore(slotStartsAt.minus(closesBefore))) {
            throw new Refusal(BookingPolicy.BOOKING_CLOSES_BEFORE_THE_SLOT, closesBefore.toMinutes());
        }
    }
}

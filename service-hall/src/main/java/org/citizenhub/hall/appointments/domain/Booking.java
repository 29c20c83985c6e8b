package org.citizenhub.hall.appointments.domain;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * One citizen's appointment in one slot (预约). It decides its own moves: the citizen cancels or reschedules while
 * booking is open, staff of the hall's department record arrival (with the check-in code the citizen shows) or a
 * no-show once the slot has begun. The seat itself is counted by the slot, atomically, in the same transaction.
 *
 * @param rescheduledFrom the number of the booking this one replaced, if any
 * @param outcome         null while booked
 */
public record Booking(UUID id, String number, String citizenId, SlotRef slot, String checkInCode, String itemCode,
                      Instant bookedAt, String rescheduledFrom, Instant remindedAt, Outcome outcome) {

    public Booking {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(citizenId, "citizenId");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(checkInCode, "checkInCode");
        Objects.requireNonNull(bookedAt, "bookedAt");
    }

    public static Booking book(UUID id, String number, String citizenId, SlotRef slot, String checkInCode,
                               String itemCode, Instant now, String rescheduledFrom) {
        return new Booking(id, number, citizenId, slot, checkInCode, itemCode, now, rescheduledFrom, null, null);
    }

    public BookingStatus status() {
        return outcome == null ? BookingStatus.BOOKED : outcome.status();
    }

    public boolean isBookedBy(String citizen) {
        return citizenId.equals(citizen);
    }

    public Booking cancel(Instant now, BookingLimits limits) {
        move(BookingStatus.CANCELLED);
        limits.checkOpen(now, slot.startsAt());
        return with(new Outcome.Cancelled(now));
    }

    /** The old booking, replaced by {@code to}; the caller takes the new seat before releasing this one. */
    public Booking rescheduleTo(Booking to, Instant now, BookingLimits limits) {
        move(BookingStatus.RESCHEDULED);
        if (to.slot().slotId() == slot.slotId()) {
            throw new Refusal(BookingPolicy.RESCHEDULE_TO_ANOTHER_SLOT);
        }
        limits.checkOpen(now, slot.startsAt());
        return with(new Outcome.Rescheduled(now, to.number()));
    }

    public Booking arrive(String code, String staff, Instant now, ZoneId zone) {
        move(BookingStatus.ARRIVED);
        boolean sameDay = now.atZone(zone).toLocalDate().equals(slot.startsAt().atZone(zone).toLocalDate());
        if (!sameDay || code == null || !MessageDigest.isEqual(code.getBytes(StandardCharsets.UTF_8),
                checkInCode.getBytes(StandardCharsets.UTF_8))) {
            throw new Refusal(BookingPolicy.ARRIVAL_ON_THE_DAY_WITH_THE_CHECK_IN_CODE);
        }
        return with(new Outcome.Arrived(now, staff));
    }

    public Booking noShow(String staff, Instant now) {
        move(BookingStatus.NO_SHOW);
        if (now.isBefore(slot.startsAt())) {
            throw new Refusal(BookingPolicy.NO_SHOW_ONLY_ONCE_THE_SLOT_HAS_BEGUN);
        }
        return with(new Outcome.NoShow(now, staff));
    }

    private void move(BookingStatus next) {
        if (!status().canMoveTo(next)) {
            throw new BookingStateException(status(), next);
        }
    }

    private Booking with(Outcome next) {
        return new Booking(id, number, citizenId, slot, checkInCode, itemCode, bookedAt, rescheduledFrom, remindedAt,
                next);
    }
}

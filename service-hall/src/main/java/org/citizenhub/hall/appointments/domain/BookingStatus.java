package org.citizenhub.hall.appointments.domain;

import java.util.Set;

/** A booking's states; only a booked appointment moves, every other state is final. */
public enum BookingStatus {
    BOOKED, CANCELLED, RESCHEDULED, ARRIVED, NO_SHOW;

    public boolean canMoveTo(BookingStatus next) {
        return this == BOOKED && Set.of(CANCELLED, RESCHEDULED, ARRIVED, NO_SHOW).contains(next);
    }

    /** Whether the booking holds its seat. */
    public boolean holdsSeat() {
        return this == BOOKED || this == ARRIVED || this == NO_SHOW;
    }
}

package org.citizenhub.hall.appointments.domain;

import java.time.Instant;

/** How a booking ended: one value per way, each with only what it needs. */
public sealed interface Outcome {

    Instant at();

    BookingStatus status();

    /** The citizen cancelled. */
    record Cancelled(Instant at) implements Outcome {
        public BookingStatus status() {
            return BookingStatus.CANCELLED;
        }
    }

    /** The citizen moved to another slot: {@code to} is the new booking's number. */
    record Rescheduled(Instant at, String to) implements Outcome {
        public BookingStatus status() {
            return BookingStatus.RESCHEDULED;
        }
    }

    /** The citizen came; recorded by staff of the hall's department. */
    record Arrived(Instant at, String recordedBy) implements Outcome {
        public BookingStatus status() {
            return BookingStatus.ARRIVED;
        }
    }

    /** The citizen did not come (爽约); recorded by staff of the hall's department. */
    record NoShow(Instant at, String recordedBy) implements Outcome {
        public BookingStatus status() {
            return BookingStatus.NO_SHOW;
        }
    }
}

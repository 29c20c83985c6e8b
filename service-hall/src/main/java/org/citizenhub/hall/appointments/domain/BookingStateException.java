package org.citizenhub.hall.appointments.domain;

/** A step the booking's state does not allow (e.g. cancelling a booking already cancelled). */
public final class BookingStateException extends RuntimeException {

    private final BookingStatus status;

    public BookingStateException(BookingStatus status, BookingStatus wanted) {
        super("a booking in state " + status + " cannot become " + wanted, null, false, false);
        this.status = status;
    }

    public BookingStatus status() {
        return status;
    }
}

package org.citizenhub.hall.appointments.domain;

import java.time.LocalTime;
import java.util.Objects;

/** A part of a window's day in which slots are offered, e.g. 09:00–12:00; the end is exclusive. */
public record OpeningPeriod(LocalTime from, LocalTime to) {

    public OpeningPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("periods: " + from + " is not before " + to);
        }
    }

    public static OpeningPeriod parse(String from, String to) {
        return new OpeningPeriod(LocalTime.parse(from), LocalTime.parse(to));
    }

    boolean overlaps(OpeningPeriod other) {
        return from.isBefore(other.to) && other.from.isBefore(to);
    }
}

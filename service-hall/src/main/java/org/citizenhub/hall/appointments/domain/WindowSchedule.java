package org.citizenhub.hall.appointments.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A window's daily schedule: slots of {@code slotMinutes} within the opening periods (e.g. 09:00–12:00 and
 * 13:30–17:00), each for {@code capacity} citizens. A period's last slot ends at or before the period's end: a
 * remainder shorter than a slot offers nothing.
 */
public record WindowSchedule(int slotMinutes, List<OpeningPeriod> periods, int capacity) {

    public static final int MAX_SLOT_MINUTES = 240;
    public static final int MAX_CAPACITY = 500;

    /** One slot of one day, in local time. */
    public record SlotTime(LocalDate date, LocalTime from, LocalTime to) {
        public ZonedDateTime startsAt(ZoneId zone) {
            return date.atTime(from).atZone(zone);
        }

        public ZonedDateTime endsAt(ZoneId zone) {
            return date.atTime(to).atZone(zone);
        }
    }

    public WindowSchedule {
        if (slotMinutes < 5 || slotMinutes > MAX_SLOT_MINUTES) {
            throw new IllegalArgumentException("slotMinutes: between 5 and " + MAX_SLOT_MINUTES);
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("capacity: between 1 and " + MAX_CAPACITY);
        }
        if (periods == null || periods.isEmpty() || periods.size() > 6) {
            throw new IllegalArgumentException("periods: one to six opening periods");
        }
        periods = periods.stream().sorted(Comparator.comparing(OpeningPeriod::from)).toList();
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i - 1).overlaps(periods.get(i))) {
                throw new IllegalArgumentException("periods: " + periods.get(i - 1) + " overlaps " + periods.get(i));
            }
        }
        for (var period : periods) {
            if (Duration.between(period.from(), period.to()).toMinutes() < slotMinutes) {
                throw new IllegalArgumentException("periods: " + period.from() + "–" + period.to()
                        + " is shorter than one slot");
            }
        }
    }

    /** The slots of one day, in order. Whether the day is a working day is the caller's question. */
    public List<SlotTime> slotsOn(LocalDate date) {
        var slots = new ArrayList<SlotTime>();
        for (var period : periods) {
            LocalTime from = period.from();
            while (!from.plusMinutes(slotMinutes).isAfter(period.to())
                    && from.plusMinutes(slotMinutes).isAfter(from)) {
                slots.add(new SlotTime(date, from, from.plusMinutes(slotMinutes)));
                from = from.plusMinutes(slotMinutes);
            }
        }
        return slots;
    }
}

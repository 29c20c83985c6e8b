package org.citizenhub.hall.appointments.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The days that get slots: the next {@code workingDays} working days from today (today included when it is one).
 * Working days come from the State Council's notice (platform/calendar): none on a public holiday, slots on a
 * make-up working day (调休上班). A day the calendar cannot answer for (its year's notice is not published yet)
 * ends the horizon there: slots for it are made once the notice is loaded, never guessed from weekends.
 */
public final class SlotHorizon {

    /** Asks the working-day calendar; throws {@link UnknownYear} for a year it has not loaded. */
    @FunctionalInterface
    public interface WorkingDays {
        boolean isWorkingDay(LocalDate date) throws UnknownYear;
    }

    /** The calendar has no notice for the date's year. */
    public static final class UnknownYear extends Exception {
        public UnknownYear(String message) {
            super(message, null, false, false);
        }
    }

    private SlotHorizon() {
    }

    public static List<LocalDate> days(LocalDate today, int workingDays, WorkingDays calendar) {
        var days = new ArrayList<LocalDate>();
        LocalDate day = today;
        // a holiday never lasts a month: the bound only guards against a calendar that answers false forever
        for (int looked = 0; days.size() < workingDays && looked < workingDays + 60; looked++, day = day.plusDays(1)) {
            try {
                if (calendar.isWorkingDay(day)) {
                    days.add(day);
                }
            } catch (UnknownYear e) {
                break;
            }
        }
        return List.copyOf(days);
    }

    /** Every slot of the window on the horizon's days. */
    public static List<WindowSchedule.SlotTime> slots(WindowSchedule schedule, List<LocalDate> days) {
        return days.stream().flatMap(d -> schedule.slotsOn(d).stream()).toList();
    }
}

package org.citizenhub.calendar;

import java.time.LocalDate;

/**
 * A date as the calendar sees it.
 *
 * @param holiday   the holiday's Chinese name for a day off or a make-up working day, else null
 * @param holidayEn the holiday's English name, else null
 */
public record CalendarDay(LocalDate date, DayKind kind, String holiday, String holidayEn) {

    public boolean working() {
        return kind.working();
    }
}

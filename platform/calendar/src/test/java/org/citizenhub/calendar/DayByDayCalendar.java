package org.citizenhub.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The obvious implementation, read straight off the notices and counting one day at a time: the reference the
 * fast calendar is checked against.
 */
final class DayByDayCalendar {

    private final Set<LocalDate> off = new HashSet<>();
    private final Set<LocalDate> worked = new HashSet<>();

    DayByDayCalendar(List<HolidayNotice> notices) {
        for (var notice : notices) {
            for (var holiday : notice.holidays()) {
                off.addAll(holiday.daysOff());
                worked.addAll(holiday.workdays());
            }
        }
    }

    boolean isWorkingDay(LocalDate day) {
        if (worked.contains(day)) {
            return true;
        }
        return !off.contains(day) && !NoticeValidation.isWeekend(day);
    }

    LocalDate nthWorkingDayAfter(LocalDate day, int n) {
        LocalDate current = day;
        for (int found = 0; found < n; ) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                found++;
            }
        }
        return current;
    }

    int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}

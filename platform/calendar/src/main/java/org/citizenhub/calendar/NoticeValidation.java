package org.citizenhub.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules a holiday notice must follow before any deadline is counted with it. Each rule catches a mistake
 * seen when notices are typed in by hand: a reversed range, a day listed both off and worked, overlapping
 * holidays, a "make-up working day" on a weekday (which changes nothing and signals a typo).
 */
public final class NoticeValidation {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    /** The longest holiday so far is 10 days (Spring Festival 2020, extended); anything past 15 is a typo. */
    public static final int LONGEST_HOLIDAY_DAYS = 15;
    /** A notice may reach into the neighbouring year by a few days only (New Year 2023 began on 2022-12-31). */
    public static final int DAYS_INTO_NEIGHBOURING_YEAR = 7;
    public static final int MAX_TEXT = 200;

    private NoticeValidation() {
    }

    /** All violations of the notice on its own (empty if it is sound). */
    public static List<ScheduleViolation> check(HolidayNotice notice) {
        var problems = new ArrayList<ScheduleViolation>();
        int year = notice.year();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(new ScheduleViolation("year-out-of-range", "year",
                    "year " + year + " is outside " + FIRST_YEAR + "–" + LAST_YEAR));
            return problems;
        }
        requireText(notice.notice(), "notice", problems);
        requireText(notice.title(), "title", problems);
        if (notice.holidays().isEmpty()) {
            problems.add(new ScheduleViolation("no-holidays", "holidays", "the notice lists no holidays"));
        }
        LocalDate earliest = LocalDate.of(year, 1, 1).minusDays(DAYS_INTO_NEIGHBOURING_YEAR);
        LocalDate latest = LocalDate.of(year, 12, 31).plusDays(DAYS_INTO_NEIGHBOURING_YEAR);
        Map<LocalDate, String> daysOff = new HashMap<>();
        Map<LocalDate, String> workdays = new HashMap<>();
        for (int i = 0; i < notice.holidays().size(); i++) {
            var holiday = notice.holidays().get(i);
            String at = "holidays[" + i + "]";
            if (holiday == null) {
                problems.add(new ScheduleViolation("holiday-missing", at, at + " is empty"));
                continue;
            }
            requireText(holiday.name(), at + ".name", problems);
            if (holiday.from() == null || holiday.to() == null) {
                problems.add(new ScheduleViolation("holiday-dates-missing", at,
                        at + " (" + holiday.name() + ") needs both from and to"));
                continue;
            }
            if (holiday.to().isBefore(holiday.from())) {
                problems.add(new ScheduleViolation("holiday-range-reversed", at + ".to",
                        holiday.name() + " ends (" + holiday.to() + ") before it starts (" + holiday.from() + ")"));
                continue;
            }
            long length = ChronoUnit.DAYS.between(holiday.from(), holiday.to()) + 1;
            if (length > LONGEST_HOLIDAY_DAYS) {
                problems.add(new ScheduleViolation("holiday-too-long", at,
                        holiday.name() + " lasts " + length + " days; no holiday is longer than "
                                + LONGEST_HOLIDAY_DAYS));
                continue;
            }
            for (LocalDate day : holiday.daysOff()) {
                if (day.isBefore(earliest) || day.isAfter(latest)) {
                    problems.add(new ScheduleViolation("date-outside-year", at,
                            holiday.name() + ": " + day + " is not in " + year));
                    break;
                }
                String other = daysOff.putIfAbsent(day, holiday.name());
                if (other != null) {
                    problems.add(new ScheduleViolation("holidays-overlap", at,
                            holiday.name() + " and " + other + " both claim " + day));
                }
            }
            for (int w = 0; w < holiday.workdays().size(); w++) {
                LocalDate day = holiday.workdays().get(w);
                String field = at + ".workdays[" + w + "]";
                if (day == null) {
                    problems.add(new ScheduleViolation("workday-missing", field, field + " is empty"));
                    continue;
                }
                if (day.isBefore(earliest) || day.isAfter(latest)) {
                    problems.add(new ScheduleViolation("date-outside-year", field,
                            holiday.name() + ": make-up working day " + day + " is not in " + year));
                    continue;
                }
                if (!isWeekend(day)) {
                    problems.add(new ScheduleViolation("workday-not-on-weekend", field,
                            holiday.name() + ": make-up working day " + day + " is a " + day.getDayOfWeek()
                                    + ", already a working day"));
                }
                String other = workdays.putIfAbsent(day, holiday.name());
                if (other != null) {
                    problems.add(new ScheduleViolation("workday-listed-twice", field,
                            day + " is listed as a make-up working day by " + holiday.name() + " and " + other));
                }
            }
        }
        workdays.forEach((day, holiday) -> {
            if (daysOff.containsKey(day)) {
                problems.add(new ScheduleViolation("day-both-off-and-worked", "holidays",
                        day + " is a day off of " + daysOff.get(day) + " and a make-up working day of " + holiday));
            }
        });
        return problems;
    }

    /** The notice, if it is sound on its own. */
    public static HolidayNotice requireValid(HolidayNotice notice) {
        var problems = check(notice);
        if (!problems.isEmpty()) {
            throw new InvalidNoticeException(problems);
        }
        return notice;
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    private static void requireText(String value, String field, List<ScheduleViolation> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new ScheduleViolation("text-missing", field, field + " is required"));
        } else if (value.length() > MAX_TEXT) {
            problems.add(new ScheduleViolation("text-too-long", field,
                    field + " is longer than " + MAX_TEXT + " characters"));
        }
    }
}

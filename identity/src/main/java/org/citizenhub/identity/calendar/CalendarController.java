package org.citizenhub.identity.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.citizenhub.calendar.CalendarDay;
import org.citizenhub.calendar.DayKind;
import org.citizenhub.calendar.spring.HubCalendar;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar for portals and other systems, without a token: which years are covered, working days
 * between two dates, the deadline for something received at a moment, and what each day is. Dates are
 * {@code yyyy-MM-dd}; a date in a year whose notice is not loaded is answered 422 calendar-year-not-loaded, never
 * guessed.
 */
@RestController
@RequestMapping("/calendar")
class CalendarController {

    static final int MAX_WORKING_DAYS = 365;
    static final int MAX_DAYS_LISTED = 366;

    record Year(int year, String notice, String title, LocalDate published) {
    }

    record WorkingDays(LocalDate from, LocalDate to, int workingDays) {
    }

    record Deadline(OffsetDateTime receivedAt, LocalDate receivedOn, int workingDays, OffsetDateTime dueAt,
                    String zone, LocalTime officeOpens, LocalTime officeCloses) {
    }

    record Day(LocalDate date, DayKind kind, boolean working, String holiday, String holidayEn) {
        static Day of(CalendarDay day) {
            return new Day(day.date(), day.kind(), day.working(), day.holiday(), day.holidayEn());
        }
    }

    @DatePeriod
    record Period(LocalDate from, LocalDate to) implements DatePeriod.Dates {
    }

    @DatePeriod(maxDays = MAX_DAYS_LISTED)
    record ListedPeriod(LocalDate from, LocalDate to) implements DatePeriod.Dates {
    }

    private final HubCalendar calendar;
    private final Validator validator;
    private final Clock clock;

    CalendarController(HubCalendar calendar, Validator validator, Clock clock) {
        this.calendar = calendar;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping("/years")
    List<Year> years() {
        return calendar.calendar().notices().stream()
                .map(n -> new Year(n.year(), n.notice(), n.title(), n.published()))
                .toList();
    }

    /** Working days after {@code from} up to and including {@code to} (the day of {@code from} is not counted). */
    @GetMapping("/working-days")
    WorkingDays workingDays(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                            @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        valid(new Period(from, to));
        return new WorkingDays(from, to, calendar.calendar().workingDaysBetween(from, to));
    }

    /**
     * When something received at {@code receivedAt} (default: now) and due within {@code workingDays} falls due:
     * office closing time on the n-th working day after the day it counts as received.
     */
    @GetMapping("/deadline")
    Deadline deadline(@RequestParam @Min(1) @Max(MAX_WORKING_DAYS) int workingDays,
                      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) OffsetDateTime receivedAt) {
        var time = calendar.workingTime();
        var policy = time.policy();
        var received = receivedAt == null ? clock.instant() : receivedAt.toInstant();
        var dueAt = time.deadline(received, workingDays);
        return new Deadline(received.atZone(policy.zone()).toOffsetDateTime(), time.receivedOn(received),
                workingDays, dueAt.atZone(policy.zone()).toOffsetDateTime(), policy.zone().getId(),
                policy.officeOpens(), policy.officeCloses());
    }

    /** Each day from {@code from} to {@code to}, both included (at most 366 days). */
    @GetMapping("/days")
    List<Day> days(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                   @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        valid(new ListedPeriod(from, to));
        var current = calendar.calendar();
        var days = new ArrayList<Day>();
        for (var date = from; !date.isAfter(to); date = date.plusDays(1)) {
            days.add(Day.of(current.day(date)));
        }
        return days;
    }

    /** Refused as a validation failure (400, errors on {@code to}) like any other invalid parameter. */
    private void valid(Object period) {
        var violations = validator.validate(period);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}

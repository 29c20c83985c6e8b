package org.citizenhub.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Calendar-day deadlines and working-hour deadlines against the obvious count, one day (or minute) at a time, over
 * the same notices: random moments 2020–2026 at any time of day, any limit.
 */
class CalendarDaysAgreeWithDayByDayCountingTest {

    private static final CountingPolicy POLICY = CountingPolicy.DEFAULT;
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 11, 30);

    private final WorkingTime time = new WorkingTime(BundledNotices.calendar(), POLICY);
    private final DayByDayCalendar dayByDay = new DayByDayCalendar(BundledNotices.calendar().notices());

    @Test
    void calendar_day_deadlines_agree_with_a_day_by_day_count() {
        var random = new SplittableRandom(20261001);
        int span = (int) (LAST.toEpochDay() - FIRST.toEpochDay());
        for (int i = 0; i < 20_000; i++) {
            LocalDateTime received = FIRST.plusDays(random.nextInt(span - 40))
                    .atTime(LocalTime.ofSecondOfDay(random.nextInt(24 * 3600)));
            int days = 1 + random.nextInt(30);
            Instant moment = received.atZone(POLICY.zone()).toInstant();

            Instant fast = DeadlineClock.start(DeadlineRule.of("p", CalendarDays.of(days)), moment, "x", time).dueAt();

            assertThat(fast).as("%s + %d calendar days", received, days).isEqualTo(countDayByDay(received, days));
        }
    }

    @Test
    void sixty_day_deadlines_from_every_day_of_2020_to_2026_agree_with_a_day_by_day_count() {
        for (LocalDate day = FIRST; day.plusDays(70).isBefore(LAST); day = day.plusDays(1)) {
            LocalDateTime received = day.atTime(10, 0);
            Instant fast = time.deadline(received.atZone(POLICY.zone()).toInstant(), CalendarDays.of(60));
            assertThat(fast).as("%s + 60 calendar days", received).isEqualTo(countDayByDay(received, 60));
        }
    }

    @Test
    void working_hour_deadlines_agree_with_a_minute_by_minute_count() {
        var random = new SplittableRandom(20260930);
        int span = (int) (LAST.toEpochDay() - FIRST.toEpochDay());
        for (int i = 0; i < 2_000; i++) {
            LocalDateTime received = FIRST.plusDays(random.nextInt(span - 40))
                    .atTime(random.nextInt(24), random.nextInt(60));
            int hours = 1 + random.nextInt(24);

            Instant fast = time.deadline(received.atZone(POLICY.zone()).toInstant(), WorkingHours.of(hours));

            assertThat(fast).as("%s + %d working hours", received, hours)
                    .isEqualTo(countMinuteByMinute(received, hours));
        }
    }

    /** 民法典 201 and 203 read literally, over the policy's day of receipt. */
    private Instant countDayByDay(LocalDateTime received, int days) {
        LocalDate receipt = received.toLocalDate();
        if (!dayByDay.isWorkingDay(receipt) || !received.toLocalTime().isBefore(POLICY.officeCloses())) {
            receipt = dayByDay.nthWorkingDayAfter(receipt, 1);
        }
        LocalDate last = receipt;
        for (int counted = 0; counted < days; counted++) {
            last = last.plusDays(1);
        }
        while (!dayByDay.isWorkingDay(last)) {
            last = last.plusDays(1);
        }
        return last.atTime(POLICY.officeCloses()).atZone(POLICY.zone()).toInstant();
    }

    /** The end of the last office minute needed, walking one minute at a time. */
    private Instant countMinuteByMinute(LocalDateTime received, int hours) {
        LocalDateTime now = received;
        int minutes = hours * 60;
        while (minutes > 0) {
            LocalTime t = now.toLocalTime();
            boolean office = dayByDay.isWorkingDay(now.toLocalDate()) && !t.isBefore(POLICY.officeOpens())
                    && t.isBefore(POLICY.officeCloses());
            if (office) {
                minutes--;
            }
            now = now.plusMinutes(1);
        }
        return now.atZone(POLICY.zone()).toInstant();
    }
}

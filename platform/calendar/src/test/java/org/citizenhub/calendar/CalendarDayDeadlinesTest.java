package org.citizenhub.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenhub.calendar.CountingPolicyTest.at;

import java.time.LocalDate;

import org.citizenhub.testing.MovableClock;
import org.junit.jupiter.api.Test;

/**
 * Limits in plain days (日), as the 信访工作条例 sets them (60 日 to conclude, extendable by 30), counted under
 * 民法典 第二百零一条 (the day of receipt is not counted) and 第二百零三条 (a last day that is a rest day moves to
 * the day after the rest ends; the period ends when business hours end).
 *
 * <p>Worked around National Day 2026 (国办发明电〔2025〕7号): Mid-Autumn Fri 25 – Sun 27 Sep off; National Day Thu
 * 1 – Wed 7 Oct off; Sun 20 Sep and Sat 10 Oct worked. Office hours 09:00–17:00, Asia/Shanghai.
 */
class CalendarDayDeadlinesTest {

    private static final DeadlineRule<CalendarDays> SIXTY_DAYS = StatutoryDeadlines.PETITION_HANDLING_WITHIN_60_DAYS;

    private final MovableClock clock = new MovableClock(at("2026-08-05T10:00"));
    private final Deadlines deadlines =
            new Deadlines(new WorkingTime(BundledNotices.calendar(), CountingPolicy.DEFAULT), clock);

    @Test
    void a_60_day_period_whose_last_day_falls_in_national_day_ends_on_the_first_working_day_after_it() {
        // received Wed 5 Aug; the 60th day after it is Sun 4 Oct, a National Day holiday: the last day is Thu 8 Oct
        DeadlineClock<CalendarDays> petition = deadlines.start(SIXTY_DAYS, "office-1");

        assertThat(petition.lastDay()).isEqualTo(LocalDate.of(2026, 10, 4));
        assertThat(petition.dueAt()).isEqualTo(at("2026-10-08T17:00"));
    }

    @Test
    void a_60_day_period_counts_weekends_and_holidays_that_fall_inside_it() {
        // received Mon 10 Aug: the 60th day is Fri 9 Oct, a working day, although Mid-Autumn and National Day
        // (10 days off) fall inside the period
        clock.set(at("2026-08-10T10:00"));

        assertThat(deadlines.start(SIXTY_DAYS, "office-1").dueAt()).isEqualTo(at("2026-10-09T17:00"));
    }

    @Test
    void a_last_day_on_a_make_up_saturday_is_a_working_day_and_stays() {
        // received Tue 11 Aug: the 60th day is Sat 10 Oct, worked in exchange for National Day
        clock.set(at("2026-08-11T10:00"));

        assertThat(deadlines.start(SIXTY_DAYS, "office-1").dueAt()).isEqualTo(at("2026-10-10T17:00"));
    }

    @Test
    void a_last_day_on_an_ordinary_weekend_moves_to_monday() {
        var fifteenDays = StatutoryDeadlines.PETITION_REGISTRATION_WITHIN_15_DAYS;
        // received Thu 28 May: the 15th day is Fri 12 Jun
        clock.set(at("2026-05-28T10:00"));
        assertThat(deadlines.start(fifteenDays, "office-1").dueAt()).isEqualTo(at("2026-06-12T17:00"));

        // received Fri 29 May: the 15th day is Sat 13 Jun, a rest day: the last day is Mon 15 Jun
        clock.set(at("2026-05-29T10:00"));
        assertThat(deadlines.start(fifteenDays, "office-1").dueAt()).isEqualTo(at("2026-06-15T17:00"));
    }

    @Test
    void the_day_of_receipt_follows_the_counting_policy_so_a_sunday_receipt_counts_from_monday() {
        // received Sun 9 Aug: received on Mon 10 Aug (counting policy), the 60th day after is Fri 9 Oct
        clock.set(at("2026-08-09T11:00"));

        DeadlineClock<CalendarDays> petition = deadlines.start(SIXTY_DAYS, "office-1");

        assertThat(petition.lastDay()).isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(petition.dueAt()).isEqualTo(at("2026-10-09T17:00"));
    }

    @Test
    void an_extension_of_30_days_makes_one_period_of_90_days_from_receipt() {
        DeadlineClock<CalendarDays> petition = deadlines.start(SIXTY_DAYS, "office-1");
        clock.set(at("2026-09-30T10:00"));

        petition = deadlines.extend(petition, StatutoryDeadlines.PETITION_LONGEST_EXTENSION, "情况复杂，需现场调查",
                "head-of-office");

        // counted from the period's own last day (Sun 4 Oct), not from the day it moved to: Tue 3 Nov
        assertThat(petition.lastDay()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(petition.dueAt()).isEqualTo(at("2026-11-03T17:00"));
        assertThat(petition.extended()).isEqualTo(CalendarDays.of(30));
        assertThat(petition.history().getLast().granted()).isEqualTo(CalendarDays.of(30));
    }

    @Test
    void a_clock_turns_due_soon_the_threshold_in_days_before_the_deadline_and_overdue_after_it() {
        DeadlineClock<CalendarDays> petition = deadlines.start(SIXTY_DAYS, "office-1");

        // 10 days before Thu 8 Oct 17:00
        assertThat(petition.dueSoonAt(deadlines.workingTime())).isEqualTo(at("2026-09-28T17:00"));
        clock.set(at("2026-09-28T16:59"));
        assertThat(deadlines.status(petition)).isEqualTo(DeadlineStatus.ON_TRACK);
        clock.set(at("2026-09-28T17:00"));
        assertThat(deadlines.status(petition)).isEqualTo(DeadlineStatus.DUE_SOON);
        clock.set(at("2026-10-08T17:00"));
        assertThat(deadlines.status(petition)).isEqualTo(DeadlineStatus.DUE_SOON);
        clock.set(at("2026-10-08T17:01"));
        assertThat(deadlines.status(petition)).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void time_remaining_is_calendar_time_with_days_of_24_hours() {
        DeadlineClock<CalendarDays> petition = deadlines.start(SIXTY_DAYS, "office-1");
        clock.set(at("2026-10-03T12:00"));

        WorkingDuration left = deadlines.remaining(petition);

        // to Thu 8 Oct 17:00
        assertThat(left.days()).isEqualTo(5);
        assertThat(left.hours()).isEqualTo(5);
        assertThat(left.isNegative()).isFalse();
    }

    @Test
    void a_pause_freezes_the_days_left_to_the_last_day_and_the_resume_counts_them_again() {
        DeadlineClock<CalendarDays> petition = deadlines.start(SIXTY_DAYS, "office-1");
        clock.set(at("2026-09-14T10:00"));
        petition = deadlines.pause(petition, "请补充提交房屋产权证明", "office-1");
        // Mon 14 Sep to Sun 4 Oct (the period's own last day): 20 days
        assertThat(deadlines.remaining(petition).days()).isEqualTo(20);

        clock.set(at("2026-09-24T10:00"));
        petition = deadlines.resume(petition, "citizen");

        // 20 days after Thu 24 Sep is Wed 14 Oct, a working day
        assertThat(petition.lastDay()).isEqualTo(LocalDate.of(2026, 10, 14));
        assertThat(petition.dueAt()).isEqualTo(at("2026-10-14T17:00"));
    }

    @Test
    void a_resumed_period_whose_new_last_day_is_a_holiday_moves_again() {
        DeadlineClock<CalendarDays> petition = deadlines.start(SIXTY_DAYS, "office-1");
        clock.set(at("2026-08-20T10:00"));
        petition = deadlines.pause(petition, "补充材料", "office-1"); // Thu 20 Aug to Sun 4 Oct: 45 days
        clock.set(at("2026-08-21T10:00"));

        petition = deadlines.resume(petition, "citizen");

        // Fri 21 Aug + 45 = Mon 5 Oct, still National Day: Thu 8 Oct
        assertThat(petition.dueAt()).isEqualTo(at("2026-10-08T17:00"));
    }

    @Test
    void a_pause_after_the_last_day_but_before_the_moved_deadline_keeps_the_rest_of_the_resume_day() {
        DeadlineClock<CalendarDays> petition = deadlines.start(SIXTY_DAYS, "office-1");
        clock.set(at("2026-10-08T10:00")); // the last day was Sun 4 Oct; the deadline is today 17:00
        petition = deadlines.pause(petition, "补充材料", "office-1");
        assertThat(deadlines.status(petition)).isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(deadlines.remaining(petition).days()).isZero();

        clock.set(at("2026-10-12T09:00"));
        petition = deadlines.resume(petition, "citizen");

        assertThat(petition.dueAt()).isEqualTo(at("2026-10-12T17:00"));
    }

    @Test
    void a_clock_paused_after_its_deadline_stays_overdue_through_the_pause_and_after_it() {
        DeadlineClock<CalendarDays> petition = deadlines.start(SIXTY_DAYS, "office-1");
        clock.set(at("2026-10-09T10:00"));
        petition = deadlines.pause(petition, "补充材料", "office-1");
        assertThat(deadlines.status(petition)).isEqualTo(DeadlineStatus.OVERDUE);

        clock.set(at("2026-10-20T10:00"));
        petition = deadlines.resume(petition, "citizen");

        assertThat(deadlines.status(petition)).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(petition.dueAt()).isBefore(clock.instant());
    }

    @Test
    void an_extension_while_paused_adds_whole_days_to_the_days_left() {
        DeadlineClock<CalendarDays> petition = deadlines.start(SIXTY_DAYS, "office-1");
        clock.set(at("2026-09-14T10:00"));
        petition = deadlines.pause(petition, "补充材料", "office-1");
        petition = deadlines.extend(petition, CalendarDays.of(30), "情况复杂", "head-of-office");
        assertThat(deadlines.remaining(petition).days()).isEqualTo(50);

        clock.set(at("2026-09-24T10:00"));
        petition = deadlines.resume(petition, "citizen");

        // Thu 24 Sep + 50 = Fri 13 Nov
        assertThat(petition.dueAt()).isEqualTo(at("2026-11-13T17:00"));
    }

    @Test
    void a_clock_stopped_on_the_moved_last_day_is_met() {
        DeadlineClock<CalendarDays> petition = deadlines.start(SIXTY_DAYS, "office-1");
        clock.set(at("2026-10-08T16:00"));

        petition = deadlines.stop(petition, "office-1");

        assertThat(deadlines.status(petition)).isEqualTo(DeadlineStatus.MET);
        assertThat(deadlines.remaining(petition).hours()).isEqualTo(1);
    }

    @Test
    void a_calendar_day_clock_survives_its_json_form_with_its_unit_and_last_day() {
        DeadlineClock<CalendarDays> petition = deadlines.start(SIXTY_DAYS, "office-1");
        clock.set(at("2026-09-14T10:00"));
        petition = deadlines.pause(petition, "补充材料", "office-1");
        petition = deadlines.extend(petition, CalendarDays.of(30), "情况复杂", "head-of-office");

        String json = DeadlineClockJson.write(petition);

        assertThat(json).contains("\"unit\":\"CALENDAR_DAYS\"", "\"limit\":60", "\"granted\":30",
                "\"lastDay\":\"2026-11-03\"");
        assertThat(json).doesNotContain("workingDays");
        assertThat(DeadlineClockJson.read(json, CalendarDays.class)).isEqualTo(petition);
    }
}

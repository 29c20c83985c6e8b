package org.citizenhub.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenhub.calendar.CountingPolicyTest.at;

import org.citizenhub.testing.MovableClock;
import org.junit.jupiter.api.Test;

/**
 * Limits in working hours for urgent items (e.g. a reported safety hazard handled within 2 working hours): only
 * office hours (09:00–17:00) of working days pass, counted from the moment of receipt.
 *
 * <p>Worked across National Day 2026: Wed 30 Sep is the last working day before it, Thu 1 – Wed 7 Oct are off,
 * Thu 8 Oct is the first working day after it.
 */
class WorkingHourDeadlinesTest {

    private static final DeadlineRule<WorkingHours> SAFETY_HAZARD =
            DeadlineRule.of("safety-hazard", WorkingHours.of(2), WorkingHours.of(1));

    private final MovableClock clock = new MovableClock(at("2026-09-30T16:30"));
    private final Deadlines deadlines =
            new Deadlines(new WorkingTime(BundledNotices.calendar(), CountingPolicy.DEFAULT), clock);

    @Test
    void two_working_hours_from_half_past_four_before_national_day_end_at_half_past_ten_after_it() {
        // 30 minutes on Wed 30 Sep, then 1.5 hours from 09:00 on Thu 8 Oct
        DeadlineClock<WorkingHours> hazard = deadlines.start(SAFETY_HAZARD, "dispatcher-1");

        assertThat(hazard.dueAt()).isEqualTo(at("2026-10-08T10:30"));
        assertThat(deadlines.status(hazard)).isEqualTo(DeadlineStatus.ON_TRACK);
    }

    @Test
    void an_item_received_after_the_office_closes_counts_from_the_next_opening() {
        clock.set(at("2026-09-30T19:45"));

        assertThat(deadlines.start(SAFETY_HAZARD, "dispatcher-1").dueAt()).isEqualTo(at("2026-10-08T11:00"));
    }

    @Test
    void an_item_received_on_the_holiday_counts_from_the_first_opening_after_it() {
        clock.set(at("2026-10-03T08:00"));

        assertThat(deadlines.start(SAFETY_HAZARD, "dispatcher-1").dueAt()).isEqualTo(at("2026-10-08T11:00"));
    }

    @Test
    void two_working_hours_within_one_afternoon_end_the_same_day() {
        clock.set(at("2026-09-29T14:15"));

        assertThat(deadlines.start(SAFETY_HAZARD, "dispatcher-1").dueAt()).isEqualTo(at("2026-09-29T16:15"));
    }

    @Test
    void the_clock_turns_due_soon_one_working_hour_before_the_deadline_and_overdue_after_it() {
        DeadlineClock<WorkingHours> hazard = deadlines.start(SAFETY_HAZARD, "dispatcher-1");

        assertThat(hazard.dueSoonAt(deadlines.workingTime())).isEqualTo(at("2026-10-08T09:30"));
        clock.set(at("2026-10-05T12:00")); // the holiday does not count
        assertThat(deadlines.status(hazard)).isEqualTo(DeadlineStatus.ON_TRACK);
        assertThat(deadlines.remaining(hazard).hours()).isEqualTo(1);
        assertThat(deadlines.remaining(hazard).minutes()).isEqualTo(30);
        clock.set(at("2026-10-08T09:30"));
        assertThat(deadlines.status(hazard)).isEqualTo(DeadlineStatus.DUE_SOON);
        clock.set(at("2026-10-08T10:31"));
        assertThat(deadlines.status(hazard)).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void a_pause_freezes_the_working_minutes_left_and_the_resume_counts_them_from_its_moment() {
        DeadlineClock<WorkingHours> hazard = deadlines.start(SAFETY_HAZARD, "dispatcher-1");
        clock.set(at("2026-09-30T16:45"));
        hazard = deadlines.pause(hazard, "请提供隐患具体位置", "handler-1");
        // 15 minutes used: 1 h 45 min left, frozen through the holiday
        assertThat(deadlines.remaining(hazard).hours()).isEqualTo(1);
        assertThat(deadlines.remaining(hazard).minutes()).isEqualTo(45);
        clock.set(at("2026-10-06T10:00"));
        assertThat(deadlines.remaining(hazard).minutes()).isEqualTo(45);

        clock.set(at("2026-10-08T14:00"));
        hazard = deadlines.resume(hazard, "citizen");

        assertThat(hazard.dueAt()).isEqualTo(at("2026-10-08T15:45"));
    }

    @Test
    void a_resume_late_in_the_afternoon_carries_the_rest_into_the_next_working_day() {
        DeadlineClock<WorkingHours> hazard = deadlines.start(SAFETY_HAZARD, "dispatcher-1");
        clock.set(at("2026-09-30T16:45"));
        hazard = deadlines.pause(hazard, "请提供隐患具体位置", "handler-1");

        clock.set(at("2026-10-09T16:00"));
        hazard = deadlines.resume(hazard, "citizen");

        // 1 h on Fri 9 Oct, 45 min on Sat 10 Oct (worked for National Day)
        assertThat(hazard.dueAt()).isEqualTo(at("2026-10-10T09:45"));
    }

    @Test
    void an_extension_in_working_hours_is_added_after_the_current_deadline() {
        DeadlineClock<WorkingHours> hazard = deadlines.start(SAFETY_HAZARD, "dispatcher-1");
        clock.set(at("2026-10-08T09:00"));

        hazard = deadlines.extend(hazard, WorkingHours.of(8), "需要应急管理部门到场", "supervisor-1");

        // from Thu 8 Oct 10:30: 6.5 h that day, 1.5 h on Fri 9 Oct
        assertThat(hazard.dueAt()).isEqualTo(at("2026-10-09T10:30"));
        assertThat(hazard.extended()).isEqualTo(WorkingHours.of(8));
    }

    @Test
    void a_clock_stopped_in_time_is_met_with_the_working_time_that_was_left() {
        DeadlineClock<WorkingHours> hazard = deadlines.start(SAFETY_HAZARD, "dispatcher-1");
        clock.set(at("2026-10-08T09:15"));

        hazard = deadlines.stop(hazard, "handler-1");

        assertThat(deadlines.status(hazard)).isEqualTo(DeadlineStatus.MET);
        assertThat(deadlines.remaining(hazard).hours()).isEqualTo(1);
        assertThat(deadlines.remaining(hazard).minutes()).isEqualTo(15);
    }

    @Test
    void a_working_hour_clock_survives_its_json_form_with_its_unit() {
        DeadlineClock<WorkingHours> hazard = deadlines.start(SAFETY_HAZARD, "dispatcher-1");
        clock.set(at("2026-09-30T16:45"));
        hazard = deadlines.pause(hazard, "请提供隐患具体位置", "handler-1");
        hazard = deadlines.extend(hazard, WorkingHours.of(1), "夜间无法到场", "supervisor-1");

        String json = DeadlineClockJson.write(hazard);

        assertThat(json).contains("\"unit\":\"WORKING_HOURS\"", "\"limit\":2", "\"dueSoon\":1", "\"granted\":1");
        assertThat(json).doesNotContain("workingDays", "lastDay");
        assertThat(DeadlineClockJson.read(json, WorkingHours.class)).isEqualTo(hazard);
    }
}

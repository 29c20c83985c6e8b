package org.citizenhub.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citizenhub.calendar.CountingPolicyTest.at;

import java.time.Duration;

import org.citizenhub.calendar.DeadlineEntry.Kind;
import org.citizenhub.testing.MovableClock;
import org.junit.jupiter.api.Test;

/** Deadline clocks moved through Spring Festival 2026 (15–23 Feb off; Sat 14 and Sat 28 Feb worked). */
class DeadlineClockTest {

    private static final DeadlineRule THREE_DAYS = StatutoryDeadlines.ERROR_REPORT_REPLY_WITHIN_3_WORKING_DAYS;

    private final MovableClock clock = new MovableClock(at("2026-02-12T10:00"));
    private final Deadlines deadlines =
            new Deadlines(new WorkingTime(BundledNotices.calendar(), CountingPolicy.DEFAULT), clock);

    @Test
    void a_clock_started_before_the_holiday_is_due_on_the_third_working_day_counting_the_make_up_saturday() {
        DeadlineClock clockStarted = deadlines.start(THREE_DAYS, "handler-1");

        assertThat(clockStarted.dueAt()).isEqualTo(at("2026-02-24T17:00"));
        assertThat(deadlines.status(clockStarted)).isEqualTo(DeadlineStatus.ON_TRACK);
        assertThat(clockStarted.dueSoonAt(deadlines.workingTime())).isEqualTo(at("2026-02-14T17:00"));
    }

    @Test
    void a_paused_clock_keeps_its_working_time_through_the_holiday_and_resumes_with_it() {
        DeadlineClock deadline = deadlines.start(THREE_DAYS, "handler-1");
        clock.set(at("2026-02-13T10:00"));
        deadline = deadlines.pause(deadline, "补充材料：请提供现场照片", "handler-1");
        var left = deadlines.remaining(deadline);
        assertThat(left.days()).isEqualTo(2);
        assertThat(left.hours()).isEqualTo(7);

        clock.set(at("2026-02-20T12:00"));
        assertThat(deadlines.status(deadline)).isEqualTo(DeadlineStatus.ON_TRACK);
        assertThat(deadlines.remaining(deadline)).isEqualTo(left);

        clock.set(at("2026-02-25T09:00"));
        deadline = deadlines.resume(deadline, "citizen");

        // 23 working hours from Wed 25 Feb 09:00: all of 25 and 26 Feb and 7 hours of Fri 27 Feb
        assertThat(deadline.dueAt()).isEqualTo(at("2026-02-27T16:00"));
        assertThat(deadlines.remaining(deadline)).isEqualTo(left);
    }

    @Test
    void a_clock_turns_due_soon_within_the_threshold_and_overdue_after_the_deadline() {
        DeadlineClock deadline = deadlines.start(THREE_DAYS, "handler-1");
        clock.set(at("2026-02-14T16:59"));
        assertThat(deadlines.status(deadline)).isEqualTo(DeadlineStatus.ON_TRACK);
        clock.set(at("2026-02-14T17:00"));
        assertThat(deadlines.status(deadline)).isEqualTo(DeadlineStatus.DUE_SOON);
        clock.set(at("2026-02-18T12:00"));
        assertThat(deadlines.status(deadline)).isEqualTo(DeadlineStatus.DUE_SOON);
        clock.set(at("2026-02-24T17:00"));
        assertThat(deadlines.status(deadline)).isEqualTo(DeadlineStatus.DUE_SOON);
        clock.advance(Duration.ofSeconds(1));
        assertThat(deadlines.status(deadline)).isEqualTo(DeadlineStatus.OVERDUE);
        clock.set(at("2026-02-25T11:00"));
        assertThat(deadlines.remaining(deadline).isNegative()).isTrue();
        assertThat(deadlines.remaining(deadline).hours()).isEqualTo(2);
    }

    @Test
    void an_approved_extension_adds_working_days_after_the_current_deadline() {
        DeadlineClock deadline = deadlines.start(THREE_DAYS, "handler-1");
        clock.set(at("2026-02-24T10:00"));

        deadline = deadlines.extend(deadline, 2, "需要会同住建部门现场核查", "supervisor-1");

        assertThat(deadline.dueAt()).isEqualTo(at("2026-02-26T17:00"));
        assertThat(deadline.extendedWorkingDays()).isEqualTo(2);
        assertThat(deadline.history().getLast())
                .extracting(DeadlineEntry::kind, DeadlineEntry::actor, DeadlineEntry::reason, DeadlineEntry::workingDays)
                .containsExactly(Kind.EXTENDED, "supervisor-1", "需要会同住建部门现场核查", 2);
    }

    @Test
    void an_extension_while_paused_adds_to_the_time_left() {
        DeadlineClock deadline = deadlines.start(THREE_DAYS, "handler-1");
        clock.set(at("2026-02-13T10:00"));
        deadline = deadlines.pause(deadline, "补充材料", "handler-1");
        deadline = deadlines.extend(deadline, 1, "材料复杂", "supervisor-1");
        assertThat(deadlines.remaining(deadline).days()).isEqualTo(3);
        clock.set(at("2026-02-25T09:00"));
        deadline = deadlines.resume(deadline, "citizen");
        // 31 working hours from Wed 25 Feb 09:00: 25, 26, 27 Feb and 7 hours of Sat 28 Feb (worked)
        assertThat(deadline.dueAt()).isEqualTo(at("2026-02-28T16:00"));
    }

    @Test
    void pause_resume_extend_and_a_late_finish_are_all_kept_in_the_history() {
        DeadlineClock deadline = deadlines.start(THREE_DAYS, "handler-1");
        clock.set(at("2026-02-13T10:00"));
        deadline = deadlines.pause(deadline, "补充材料", "handler-1");
        clock.set(at("2026-02-25T09:00"));
        deadline = deadlines.resume(deadline, "citizen");
        clock.set(at("2026-02-27T09:00"));
        assertThat(deadlines.status(deadline)).isEqualTo(DeadlineStatus.DUE_SOON);
        deadline = deadlines.extend(deadline, 2, "跨部门协调", "supervisor-1");
        // from Fri 27 Feb 16:00: 1 hour that day, Sat 28 Feb (worked), 7 hours of Mon 2 Mar
        assertThat(deadline.dueAt()).isEqualTo(at("2026-03-02T16:00"));
        clock.set(at("2026-03-03T10:00"));
        assertThat(deadlines.status(deadline)).isEqualTo(DeadlineStatus.OVERDUE);

        deadline = deadlines.stop(deadline, "handler-1");

        assertThat(deadlines.status(deadline)).isEqualTo(DeadlineStatus.MISSED);
        assertThat(deadline.history()).extracting(DeadlineEntry::kind)
                .containsExactly(Kind.STARTED, Kind.PAUSED, Kind.RESUMED, Kind.EXTENDED, Kind.STOPPED);
        clock.set(at("2026-06-01T10:00"));
        assertThat(deadlines.remaining(deadline).isNegative()).isTrue();
        assertThat(deadlines.remaining(deadline).hours()).isEqualTo(2);
    }

    @Test
    void a_clock_stopped_by_the_deadline_is_met() {
        DeadlineClock deadline = deadlines.start(THREE_DAYS, "handler-1");
        clock.set(at("2026-02-24T17:00"));
        assertThat(deadlines.status(deadlines.stop(deadline, "handler-1"))).isEqualTo(DeadlineStatus.MET);
    }

    @Test
    void a_clock_paused_after_its_deadline_stays_overdue() {
        DeadlineClock deadline = deadlines.start(THREE_DAYS, "handler-1");
        clock.set(at("2026-02-25T10:00"));
        deadline = deadlines.pause(deadline, "补充材料", "handler-1");
        clock.set(at("2026-03-10T10:00"));
        assertThat(deadlines.status(deadline)).isEqualTo(DeadlineStatus.OVERDUE);
        deadline = deadlines.resume(deadline, "citizen");
        assertThat(deadline.dueAt()).isBefore(clock.instant());
        assertThat(deadlines.status(deadline)).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void steps_the_state_does_not_allow_are_refused() {
        DeadlineClock running = deadlines.start(THREE_DAYS, "handler-1");
        assertThatThrownBy(() -> deadlines.resume(running, "x")).isInstanceOf(DeadlineStateException.class);
        DeadlineClock paused = deadlines.pause(running, "补充材料", "handler-1");
        assertThatThrownBy(() -> deadlines.pause(paused, "again", "x")).isInstanceOf(DeadlineStateException.class);
        DeadlineClock stopped = deadlines.stop(running, "handler-1");
        assertThatThrownBy(() -> deadlines.stop(stopped, "x")).isInstanceOf(DeadlineStateException.class);
        assertThatThrownBy(() -> deadlines.extend(stopped, 1, "r", "s")).isInstanceOf(DeadlineStateException.class);
    }

    @Test
    void an_extension_needs_days_a_reason_and_an_approver() {
        DeadlineClock running = deadlines.start(THREE_DAYS, "handler-1");
        assertThatThrownBy(() -> deadlines.extend(running, 0, "r", "s")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> deadlines.extend(running, 61, "r", "s")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> deadlines.extend(running, 1, " ", "s")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> deadlines.extend(running, 1, "r", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_step_cannot_be_dated_before_the_previous_one() {
        DeadlineClock running = deadlines.start(THREE_DAYS, "handler-1");
        clock.set(at("2026-02-11T10:00"));
        assertThatThrownBy(() -> deadlines.pause(running, "r", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_clock_survives_its_json_form_unchanged() {
        DeadlineClock deadline = deadlines.start(THREE_DAYS, "handler-1");
        clock.set(at("2026-02-13T10:00"));
        deadline = deadlines.pause(deadline, "补充材料", "handler-1");
        deadline = deadlines.extend(deadline, 1, "材料复杂", "supervisor-1");

        String json = DeadlineClockJson.write(deadline);

        assertThat(json).contains("\"state\":\"PAUSED\"", "\"dueAt\":\"2026-02-24T09:00:00Z\"");
        assertThat(DeadlineClockJson.read(json)).isEqualTo(deadline);
    }
}

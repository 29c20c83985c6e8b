package org.citizenhub.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citizenhub.calendar.CountingPolicyTest.at;

import java.time.LocalDate;

import org.citizenhub.testing.MovableClock;
import org.junit.jupiter.api.Test;

/**
 * A clock due on a day someone set, such as the promised completion date (承诺办结日期) of a complaint: the rule
 * gives only the unit of its pauses and extensions and its warning threshold.
 */
class PromisedDayClockTest {

    private final MovableClock clock = new MovableClock(at("2026-08-05T10:00"));
    private final Deadlines deadlines =
            new Deadlines(new WorkingTime(BundledNotices.calendar(), CountingPolicy.DEFAULT), clock);
    private final DeadlineRule<WorkingDays> promisedCompletion =
            DeadlineRule.of("promised-completion", WorkingDays.of(15), WorkingDays.of(3));

    @Test
    void a_clock_due_on_a_promised_day_that_is_a_holiday_is_due_on_the_first_working_day_after_it() {
        // a handler promises completion on Mon 5 Oct (National Day) on Wed 5 Aug: due Thu 8 Oct
        DeadlineClock<WorkingDays> promised = deadlines.startUntil(
                promisedCompletion,
                LocalDate.of(2026, 10, 5), "handler-1");

        assertThat(promised.dueAt()).isEqualTo(at("2026-10-08T17:00"));
        // its extensions are in the rule's unit: 2 working days after Thu 8 Oct are Fri 9 and Sat 10 Oct (worked)
        clock.set(at("2026-10-08T10:00"));
        assertThat(deadlines.extend(promised, WorkingDays.of(2), "需协调", "supervisor-1").dueAt())
                .isEqualTo(at("2026-10-10T17:00"));
    }

    @Test
    void a_promised_day_that_has_already_ended_is_refused() {
        assertThatThrownBy(() -> deadlines.startUntil(promisedCompletion, LocalDate.of(2026, 8, 4), "handler-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_promised_day_on_a_calendar_day_clock_is_its_last_day() {
        DeadlineClock<CalendarDays> promised = deadlines.startUntil(
                StatutoryDeadlines.PETITION_HANDLING_WITHIN_60_DAYS, LocalDate.of(2026, 9, 1), "handler-1");

        assertThat(promised.lastDay()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(promised.dueAt()).isEqualTo(at("2026-09-01T17:00"));
    }
}

package org.citizenhub.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citizenhub.calendar.CountingPolicyTest.at;

import org.citizenhub.testing.MovableClock;
import org.junit.jupiter.api.Test;

/**
 * Regression: services accept a question to the citizen and a reason for more time of up to 1,000 characters, but
 * the clock refused anything over 500, so a 501–1,000 character question failed when the clock paused.
 */
class DeadlineClockTextLimitTest {

    private final MovableClock clock = new MovableClock(at("2026-02-12T10:00"));
    private final Deadlines deadlines =
            new Deadlines(new WorkingTime(BundledNotices.calendar(), CountingPolicy.DEFAULT), clock);
    private final DeadlineClock<WorkingDays> running =
            deadlines.start(StatutoryDeadlines.INITIAL_INVESTIGATION_WITHIN_15_WORKING_DAYS, "handler-1");

    @Test
    void the_clock_takes_as_long_a_text_as_the_services_do() {
        assertThat(DeadlineClock.MAX_TEXT).isEqualTo(1_000);
    }

    @Test
    void a_question_of_1000_characters_pauses_the_clock() {
        String question = "请".repeat(1_000);

        var paused = deadlines.pause(running, question, "handler-1");

        assertThat(paused.history().getLast().reason()).isEqualTo(question);
    }

    @Test
    void a_question_of_1001_characters_is_refused() {
        assertThatThrownBy(() -> deadlines.pause(running, "请".repeat(1_001), "handler-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000");
    }

    @Test
    void an_extension_reason_of_1000_characters_is_granted_and_1001_is_refused() {
        assertThat(deadlines.extend(running, WorkingDays.of(5), "因".repeat(1_000), "supervisor-1").extended())
                .isEqualTo(WorkingDays.of(5));
        assertThatThrownBy(() -> deadlines.extend(running, WorkingDays.of(5), "因".repeat(1_001), "supervisor-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.citizenhub.casework.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class NotificationBackoffTest {

    @Test
    void retries_after_1_minute_then_5_then_30_then_hourly() {
        assertThat(NotificationBackoff.DEFAULT.delayAfter(1)).contains(Duration.ofMinutes(1));
        assertThat(NotificationBackoff.DEFAULT.delayAfter(2)).contains(Duration.ofMinutes(5));
        assertThat(NotificationBackoff.DEFAULT.delayAfter(3)).contains(Duration.ofMinutes(30));
        for (int failed = 4; failed <= 9; failed++) {
            assertThat(NotificationBackoff.DEFAULT.delayAfter(failed)).as("after %d", failed).contains(Duration.ofHours(1));
        }
    }

    @Test
    void gives_up_after_the_tenth_failed_attempt() {
        assertThat(NotificationBackoff.DEFAULT.maxAttempts()).isEqualTo(10);
        assertThat(NotificationBackoff.DEFAULT.delayAfter(10)).isEqualTo(Optional.empty());
        assertThat(NotificationBackoff.DEFAULT.delayAfter(11)).isEmpty();
    }

    @Test
    void the_whole_schedule_spans_about_six_and_a_half_hours() {
        Duration total = Duration.ZERO;
        for (int failed = 1; failed < NotificationBackoff.DEFAULT.maxAttempts(); failed++) {
            total = total.plus(NotificationBackoff.DEFAULT.delayAfter(failed).orElseThrow());
        }
        assertThat(total).isEqualTo(Duration.ofMinutes(1 + 5 + 30 + 6 * 60));
    }

    @Test
    void a_configured_back_off_repeats_its_last_delay_and_gives_up_after_its_last_attempt() {
        var backoff = new NotificationBackoff(List.of(Duration.ofSeconds(10), Duration.ofMinutes(2)), 4);

        assertThat(backoff.delayAfter(1)).contains(Duration.ofSeconds(10));
        assertThat(backoff.delayAfter(2)).contains(Duration.ofMinutes(2));
        assertThat(backoff.delayAfter(3)).contains(Duration.ofMinutes(2));
        assertThat(backoff.delayAfter(4)).isEmpty();
    }

    @Test
    void a_back_off_needs_positive_delays_and_at_least_one_attempt() {
        assertThatIllegalArgumentException().isThrownBy(() -> new NotificationBackoff(List.of(), 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new NotificationBackoff(List.of(Duration.ZERO), 3));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new NotificationBackoff(List.of(Duration.ofMinutes(1)), 0));
    }

    @Test
    void there_is_no_delay_before_any_attempt_failed() {
        assertThatIllegalArgumentException().isThrownBy(() -> NotificationBackoff.DEFAULT.delayAfter(0));
    }
}

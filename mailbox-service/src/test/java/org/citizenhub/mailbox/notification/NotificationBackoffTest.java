package org.citizenhub.mailbox.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class NotificationBackoffTest {

    @Test
    void retries_after_1_minute_then_5_then_30_then_hourly() {
        assertThat(NotificationBackoff.delayAfter(1)).contains(Duration.ofMinutes(1));
        assertThat(NotificationBackoff.delayAfter(2)).contains(Duration.ofMinutes(5));
        assertThat(NotificationBackoff.delayAfter(3)).contains(Duration.ofMinutes(30));
        for (int failed = 4; failed <= 9; failed++) {
            assertThat(NotificationBackoff.delayAfter(failed)).as("after %d", failed).contains(Duration.ofHours(1));
        }
    }

    @Test
    void gives_up_after_the_tenth_failed_attempt() {
        assertThat(NotificationBackoff.MAX_ATTEMPTS).isEqualTo(10);
        assertThat(NotificationBackoff.delayAfter(10)).isEqualTo(Optional.empty());
        assertThat(NotificationBackoff.delayAfter(11)).isEmpty();
    }

    @Test
    void the_whole_schedule_spans_about_six_and_a_half_hours() {
        Duration total = Duration.ZERO;
        for (int failed = 1; failed < NotificationBackoff.MAX_ATTEMPTS; failed++) {
            total = total.plus(NotificationBackoff.delayAfter(failed).orElseThrow());
        }
        assertThat(total).isEqualTo(Duration.ofMinutes(1 + 5 + 30 + 6 * 60));
    }

    @Test
    void there_is_no_delay_before_any_attempt_failed() {
        assertThatIllegalArgumentException().isThrownBy(() -> NotificationBackoff.delayAfter(0));
    }
}

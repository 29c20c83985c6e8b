package org.citizenhub.supervision.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1),
            Duration.ofHours(2)), 8);
    private final Instant failedAt = Instant.parse("2026-11-16T02:00:00Z");

    @Test
    void each_failure_waits_longer_and_the_eighth_makes_the_delivery_dead() {
        assertThat(schedule.nextAttempt(1, failedAt)).contains(failedAt.plusSeconds(5));
        assertThat(schedule.nextAttempt(2, failedAt)).contains(failedAt.plusSeconds(30));
        assertThat(schedule.nextAttempt(7, failedAt)).contains(failedAt.plus(Duration.ofHours(2)));
        assertThat(schedule.nextAttempt(8, failedAt)).isEmpty();
    }

    @Test
    void a_receiver_down_for_an_hour_is_tried_again_after_it_is_back() {
        assertThat(schedule.span()).isGreaterThan(Duration.ofHours(1));
        assertThat(schedule.span()).isEqualTo(Duration.ofHours(3).plusMinutes(42).plusSeconds(35));
    }

    @Test
    void the_last_wait_repeats_when_more_attempts_are_allowed_than_waits_given() {
        var longer = new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofMinutes(1)), 5);
        assertThat(longer.nextAttempt(4, failedAt)).contains(failedAt.plus(Duration.ofMinutes(1)));
    }
}

package org.citizenhub.supervision.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-16T02:00:00Z");
    private static final RetentionPolicy POLICY =
            new RetentionPolicy(Duration.ofDays(30), Duration.ofDays(90), Duration.ofDays(90));

    @Test
    void each_kind_goes_after_its_own_period() {
        assertThat(POLICY.deliveredBefore(NOW)).isEqualTo(Instant.parse("2026-10-17T02:00:00Z"));
        assertThat(POLICY.deadBefore(NOW)).isEqualTo(Instant.parse("2026-08-18T02:00:00Z"));
        assertThat(POLICY.eventsBefore(NOW)).isEqualTo(Instant.parse("2026-08-18T02:00:00Z"));
    }

    @Test
    void a_replay_reaches_back_exactly_as_far_as_events_are_kept() {
        Instant horizon = POLICY.replayHorizon(NOW);
        assertThat(horizon).isEqualTo(POLICY.eventsBefore(NOW));
        assertThat(POLICY.replayReaches(horizon, NOW)).isTrue();
        assertThat(POLICY.replayReaches(NOW.minusSeconds(60), NOW)).isTrue();
        assertThat(POLICY.replayReaches(horizon.minusMillis(1), NOW)).isFalse();
    }

    @Test
    void a_period_must_be_positive() {
        assertThatThrownBy(() -> new RetentionPolicy(Duration.ZERO, Duration.ofDays(1), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionPolicy(Duration.ofDays(1), Duration.ofDays(-1), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

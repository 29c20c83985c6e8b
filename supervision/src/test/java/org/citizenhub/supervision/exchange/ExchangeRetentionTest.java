package org.citizenhub.supervision.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.javacrumbs.shedlock.core.LockProvider;
import org.citizenhub.supervision.exchange.RetentionStore.Kind;
import org.junit.jupiter.api.Test;

/** The purge's batch loop: bounded batches walking upwards, and a failing batch that never stops the next. */
class ExchangeRetentionTest {

    private static final Instant NOW = Instant.parse("2026-11-16T02:00:00Z");
    private static final ExchangeRetentionProperties PROPERTIES = new ExchangeRetentionProperties(
            Duration.ofDays(30), Duration.ofDays(90), Duration.ofDays(90), Duration.ofHours(1), 2);

    private final RetentionStore store = mock(RetentionStore.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ExchangeRetention retention = new ExchangeRetention(store, PROPERTIES,
            Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")), mock(LockProvider.class), meters);

    @Test
    void a_large_backlog_goes_in_bounded_batches_each_with_the_kinds_own_cutoff() {
        Instant delivered = NOW.minus(Duration.ofDays(30));
        when(store.candidates(any(), any(), anyLong(), anyInt())).thenReturn(List.of());
        when(store.candidates(Kind.DELIVERED, delivered, 0, 2)).thenReturn(List.of(1L, 2L));
        when(store.candidates(Kind.DELIVERED, delivered, 2, 2)).thenReturn(List.of(5L, 7L));
        when(store.candidates(Kind.DELIVERED, delivered, 7, 2)).thenReturn(List.of(9L));
        when(store.delete(eq(Kind.DELIVERED), anyList(), eq(delivered))).thenAnswer(i -> i.<List<?>>getArgument(1).size());

        var run = retention.purge();

        assertThat(run.deleted(Kind.DELIVERED)).isEqualTo(5);
        assertThat(run.failedBatches()).isZero();
        verify(store).delete(Kind.DELIVERED, List.of(1L, 2L), delivered);
        verify(store).delete(Kind.DELIVERED, List.of(5L, 7L), delivered);
        verify(store).delete(Kind.DELIVERED, List.of(9L), delivered);
        verify(store, never()).candidates(Kind.DELIVERED, delivered, 9, 2);
        verify(store).candidates(Kind.EVENTS, NOW.minus(Duration.ofDays(90)), 0, 2);
        assertThat(meters.get("hub.exchange.retention.deleted").tag("kind", "delivered").counter().count())
                .isEqualTo(5);
    }

    @Test
    void a_batch_that_fails_is_skipped_and_the_next_batch_and_kind_go_on() {
        Instant dead = NOW.minus(Duration.ofDays(90));
        when(store.candidates(any(), any(), anyLong(), anyInt())).thenReturn(List.of());
        when(store.candidates(Kind.DEAD, dead, 0, 2)).thenReturn(List.of(3L, 4L));
        when(store.candidates(Kind.DEAD, dead, 4, 2)).thenReturn(List.of(8L));
        when(store.delete(Kind.DEAD, List.of(3L, 4L), dead)).thenThrow(new IllegalStateException("lock timeout"));
        when(store.delete(Kind.DEAD, List.of(8L), dead)).thenReturn(1);
        when(store.candidates(Kind.EVENTS, dead, 0, 2)).thenReturn(List.of(11L));
        when(store.delete(Kind.EVENTS, List.of(11L), dead)).thenReturn(1);

        var run = retention.purge();

        assertThat(run.deleted(Kind.DEAD)).isOne();
        assertThat(run.deleted(Kind.EVENTS)).isOne();
        assertThat(run.failedBatches()).isOne();
        assertThat(meters.get("hub.exchange.retention.failed.batches").counter().count()).isOne();
    }
}

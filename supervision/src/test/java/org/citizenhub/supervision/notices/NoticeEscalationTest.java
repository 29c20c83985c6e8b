package org.citizenhub.supervision.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;

/** The escalation run's batch logic: one notice that fails is counted and left for the next run; the others go on. */
class NoticeEscalationTest {

    private static final Instant NOW = Instant.parse("2026-11-18T02:00:00Z");
    private static final NoticesProperties PROPERTIES = new NoticesProperties(3, 15, 1, 3, 2000,
            Duration.ofMinutes(5), 50);

    @Test
    void one_notice_that_cannot_be_escalated_never_stops_the_others() {
        UUID first = UUID.randomUUID();
        UUID broken = UUID.randomUUID();
        UUID last = UUID.randomUUID();
        NoticeHandling handling = mock(NoticeHandling.class);
        when(handling.dueForEscalation(eq(NOW), anyInt())).thenReturn(List.of(first, broken, last));
        when(handling.escalate(first, NOW)).thenReturn(true);
        when(handling.escalate(broken, NOW)).thenThrow(new IllegalStateException("corrupt steps"));
        when(handling.escalate(last, NOW)).thenReturn(true);
        var escalation = new NoticeEscalation(handling, PROPERTIES, Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")),
                mock(LockProvider.class));

        assertThat(escalation.escalateOverdue()).isEqualTo(new NoticeEscalation.Run(2, 1));
        verify(handling).escalate(last, NOW);
    }

    @Test
    void a_notice_escalated_meanwhile_by_another_run_is_not_counted_again() {
        UUID id = UUID.randomUUID();
        NoticeHandling handling = mock(NoticeHandling.class);
        when(handling.dueForEscalation(any(), eq(50))).thenReturn(List.of(id));
        when(handling.escalate(id, NOW)).thenReturn(false);
        var escalation = new NoticeEscalation(handling, PROPERTIES, Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")),
                mock(LockProvider.class));

        assertThat(escalation.escalateOverdue()).isEqualTo(new NoticeEscalation.Run(0, 0));
    }
}

package org.citizenhub.events.outbox;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;

class OutboxResubmitterTest {

    private static final Instant NOW = Instant.parse("2026-11-23T06:30:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    private final EventPublicationRepository repository = mock(EventPublicationRepository.class);
    private final EventPublicationRegistry registry = mock(EventPublicationRegistry.class);
    private final FailedEventPublications failed = mock(FailedEventPublications.class);
    private final LockProvider locks = mock(LockProvider.class);
    private final HubEventsProperties properties = new HubEventsProperties();
    private final OutboxResubmitter resubmitter = new OutboxResubmitter(repository, registry, failed,
            new DefaultLockingTaskExecutor(locks), properties, clock);

    @Test
    void a_publication_stuck_since_before_the_stale_limit_is_marked_failed_for_resubmission() {
        TargetEventPublication stuck = publication(Status.PUBLISHED, NOW.minusSeconds(61), null);
        TargetEventPublication fresh = publication(Status.PROCESSING, NOW.minusSeconds(5), null);
        when(repository.findByStatus(Status.PUBLISHED)).thenReturn(List.of(stuck));
        when(repository.findByStatus(Status.PROCESSING)).thenReturn(List.of(fresh));

        resubmitter.markStaleAsFailed(NOW);

        verify(repository).markFailed(stuck.getIdentifier());
        verify(repository, never()).markFailed(fresh.getIdentifier());
    }

    @Test
    void a_resubmission_still_in_flight_is_not_failed_even_if_the_event_is_old() {
        TargetEventPublication retrying = publication(Status.RESUBMITTED, NOW.minus(Duration.ofHours(2)),
                NOW.minusSeconds(10));
        TargetEventPublication abandoned = publication(Status.RESUBMITTED, NOW.minus(Duration.ofHours(2)),
                NOW.minusSeconds(120));
        when(repository.findByStatus(Status.RESUBMITTED)).thenReturn(List.of(retrying, abandoned));

        resubmitter.markStaleAsFailed(NOW);

        verify(repository, never()).markFailed(retrying.getIdentifier());
        verify(repository).markFailed(abandoned.getIdentifier());
    }

    @Test
    void failed_publications_are_resubmitted_when_this_replica_holds_the_lock() {
        when(locks.lock(any())).thenReturn(Optional.of(mock(SimpleLock.class)));

        resubmitter.runOnce();

        verify(failed).resubmit(any(ResubmissionOptions.class));
        verify(registry).deleteCompletedPublicationsOlderThan(Duration.ofDays(7));
    }

    @Test
    void nothing_is_resubmitted_while_another_replica_holds_the_lock() {
        when(locks.lock(any())).thenReturn(Optional.empty());

        resubmitter.runOnce();

        verify(failed, never()).resubmit(any());
        verify(repository, never()).findByStatus(any());
    }

    private static TargetEventPublication publication(Status status, Instant published, Instant resubmitted) {
        TargetEventPublication publication = mock(TargetEventPublication.class);
        when(publication.getIdentifier()).thenReturn(UUID.randomUUID());
        when(publication.getStatus()).thenReturn(status);
        when(publication.getPublicationDate()).thenReturn(published);
        when(publication.getLastResubmissionDate()).thenReturn(resubmitted);
        when(publication.getEvent()).thenReturn("event");
        return publication;
    }
}

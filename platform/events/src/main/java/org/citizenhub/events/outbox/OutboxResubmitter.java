package org.citizenhub.events.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Gets every stored event to Kafka eventually. Every {@code hub.events.resubmit-interval}, on exactly one replica
 * (ShedLock lock {@value #LOCK_NAME} in table {@code shedlock}):
 *
 * <ol>
 *   <li>publications stuck in PUBLISHED / PROCESSING (the process died before or while sending) or RESUBMITTED (a
 *   resubmission never finished) for longer than {@code hub.events.stale-after} are marked FAILED;</li>
 *   <li>FAILED publications (Kafka was unreachable, the send timed out, ...) are resubmitted through Modulith's
 *   {@link FailedEventPublications#resubmit}, at most {@code hub.events.resubmit-batch-size} per round and only
 *   while the round's time budget (half of {@code hub.events.lock-at-most-for}) lasts;</li>
 *   <li>about once an hour, completed publications older than {@code hub.events.completed-retention} are deleted.</li>
 * </ol>
 *
 * Step 1 is done here rather than by Modulith's staleness monitor because Modulith 2.0.1 measures the staleness of
 * RESUBMITTED publications from their publication date, which would fail retries while they are still in flight.
 * Delivery is at least once: consumers de-duplicate with {@code ProcessedEvents}.
 */
public class OutboxResubmitter implements SmartLifecycle {

    public static final String LOCK_NAME = "hub-events-resubmit";
    private static final Logger log = LoggerFactory.getLogger(OutboxResubmitter.class);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final EventPublicationRepository repository;
    private final EventPublicationRegistry registry;
    private final FailedEventPublications failed;
    private final LockingTaskExecutor locks;
    private final HubEventsProperties properties;
    private final Clock clock;

    private ThreadPoolTaskScheduler scheduler;
    private ScheduledFuture<?> schedule;
    private volatile Instant lastPurge = Instant.EPOCH;

    public OutboxResubmitter(EventPublicationRepository repository, EventPublicationRegistry registry,
                             FailedEventPublications failed, LockingTaskExecutor locks,
                             HubEventsProperties properties, Clock clock) {
        this.repository = repository;
        this.registry = registry;
        this.failed = failed;
        this.locks = locks;
        this.properties = properties;
        this.clock = clock;
    }

    /** One guarded round; skipped if another replica holds the lock. */
    public void runOnce() {
        Duration atMost = properties.getLockAtMostFor();
        Duration atLeast = properties.getResubmitInterval().dividedBy(2);
        if (atLeast.compareTo(atMost) > 0) {
            atLeast = atMost;
        }
        try {
            locks.executeWithLock((Runnable) this::resubmit,
                    new LockConfiguration(clock.instant(), LOCK_NAME, atMost, atLeast));
        } catch (RuntimeException failure) {
            log.warn("Resubmitting outstanding event publications failed; will retry in {}",
                    properties.getResubmitInterval(), failure);
        }
    }

    /** One round without the lock (the caller makes sure no other replica runs one concurrently). */
    public void resubmit() {
        Instant now = clock.instant();
        markStaleAsFailed(now);
        Instant deadline = now.plus(properties.getLockAtMostFor().dividedBy(2));
        int batch = Math.max(1, properties.getResubmitBatchSize());
        failed.resubmit(ResubmissionOptions.defaults()
                .withBatchSize(batch)
                .withMaxInFlight(batch)
                .withFilter(publication -> clock.instant().isBefore(deadline)));
        purgeCompleted(now);
    }

    void markStaleAsFailed(Instant now) {
        Instant staleBefore = now.minus(properties.getStaleAfter());
        for (EventPublication.Status status : new EventPublication.Status[] {
                EventPublication.Status.PUBLISHED, EventPublication.Status.PROCESSING,
                EventPublication.Status.RESUBMITTED}) {
            for (TargetEventPublication publication : repository.findByStatus(status)) {
                Instant lastAttempt = status == EventPublication.Status.RESUBMITTED
                        && publication.getLastResubmissionDate() != null
                        ? publication.getLastResubmissionDate() : publication.getPublicationDate();
                if (lastAttempt.isBefore(staleBefore)) {
                    log.info("Event publication {} ({}) has been {} since {}; marking it failed for resubmission",
                            publication.getIdentifier(), publication.getEvent().getClass().getSimpleName(),
                            status, lastAttempt);
                    repository.markFailed(publication.getIdentifier());
                }
            }
        }
    }

    private void purgeCompleted(Instant now) {
        Duration retention = properties.getCompletedRetention();
        if (retention.isZero() || retention.isNegative() || lastPurge.plus(PURGE_EVERY).isAfter(now)) {
            return;
        }
        registry.deleteCompletedPublicationsOlderThan(retention);
        lastPurge = now;
    }

    @Override
    public synchronized void start() {
        if (schedule != null) {
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("hub-events-resubmit-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        Duration interval = properties.getResubmitInterval();
        schedule = scheduler.scheduleWithFixedDelay(this::runOnce, scheduler.getClock().instant().plus(interval), interval);
    }

    @Override
    public synchronized void stop() {
        if (schedule != null) {
            schedule.cancel(false);
            schedule = null;
        }
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return schedule != null;
    }
}

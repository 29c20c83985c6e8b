package org.citizenhub.supervision.exchange;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.citizenhub.supervision.exchange.RetentionStore.Kind;
import org.citizenhub.supervision.exchange.domain.RetentionPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Purges what the exchange no longer needs (supervision/docs/exchange.md, "Retention"): delivered deliveries after
 * {@code delivered}, dead letters after {@code dead}, then stored events after {@code events} once no delivery
 * refers to them. Never a pending delivery, never an event a pending or dead delivery needs. Every
 * {@code hub.supervision.exchange.retention.interval}, on one replica at a time (ShedLock lock {@value #LOCK}), in
 * batches of {@code batch-size} rows, each its own short transaction, walking the ids upwards: a batch that fails is
 * logged and skipped (tried again next run), the next batch goes on.
 */
@Component
class ExchangeRetention {

    static final String LOCK = "supervision-exchange-retention";
    private static final Logger log = LoggerFactory.getLogger(ExchangeRetention.class);

    /** What one run did: rows deleted per kind, and batches that failed. */
    record Run(Map<Kind, Integer> deleted, int failedBatches) {

        int deleted(Kind kind) {
            return deleted.getOrDefault(kind, 0);
        }
    }

    private final RetentionStore store;
    private final ExchangeRetentionProperties properties;
    private final RetentionPolicy policy;
    private final Clock clock;
    private final LockingTaskExecutor locks;
    private final Map<Kind, Counter> deletedMeters = new EnumMap<>(Kind.class);
    private final Counter failedMeter;

    ExchangeRetention(RetentionStore store, ExchangeRetentionProperties properties, Clock clock,
                      LockProvider lockProvider, MeterRegistry meters) {
        this.store = store;
        this.properties = properties;
        this.policy = properties.policy();
        this.clock = clock;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        for (Kind kind : Kind.values()) {
            deletedMeters.put(kind, Counter.builder("hub.exchange.retention.deleted")
                    .description("rows the exchange's retention deleted").tag("kind", kind.tag()).register(meters));
        }
        this.failedMeter = Counter.builder("hub.exchange.retention.failed.batches")
                .description("retention batches that failed (tried again next run)").register(meters);
    }

    @Scheduled(fixedDelayString = "${hub.supervision.exchange.retention.interval:1h}",
            initialDelayString = "${hub.supervision.exchange.retention.interval:1h}")
    void scheduled() {
        Duration atMost = properties.interval().multipliedBy(2);
        locks.executeWithLock((Runnable) this::purge,
                new LockConfiguration(clock.instant(), LOCK, atMost, Duration.ZERO));
    }

    /** One run without the lock (the caller makes sure no other replica runs one at the same time). */
    Run purge() {
        return purge(properties.batchSize());
    }

    Run purge(int batchSize) {
        Instant now = clock.instant();
        Map<Kind, Integer> deleted = new EnumMap<>(Kind.class);
        int failed = 0;
        for (Kind kind : Kind.values()) {
            Instant before = switch (kind) {
                case DELIVERED -> policy.deliveredBefore(now);
                case DEAD -> policy.deadBefore(now);
                case EVENTS -> policy.eventsBefore(now);
            };
            long after = 0;
            while (true) {
                List<Long> batch;
                try {
                    batch = store.candidates(kind, before, after, batchSize);
                } catch (RuntimeException e) {
                    failed++;
                    failedMeter.increment();
                    log.warn("exchange retention: could not pick {} rows after {}; the next kind goes on", kind.tag(),
                            after, e);
                    break;
                }
                if (batch.isEmpty()) {
                    break;
                }
                after = batch.getLast();
                try {
                    int n = store.delete(kind, batch, before);
                    deleted.merge(kind, n, Integer::sum);
                    deletedMeters.get(kind).increment(n);
                } catch (RuntimeException e) {
                    // one batch (a lock, a row a redelivery just took up) must not keep the rest forever: skip it,
                    // it is picked again next run
                    failed++;
                    failedMeter.increment();
                    log.warn("exchange retention: a batch of {} {} rows up to {} not deleted; the next batch goes on",
                            batch.size(), kind.tag(), after, e);
                }
                if (batch.size() < batchSize) {
                    break;
                }
            }
        }
        if (!deleted.isEmpty() || failed > 0) {
            log.info("exchange retention: deleted {} delivered and {} dead deliveries and {} events; {} batches failed",
                    deleted.getOrDefault(Kind.DELIVERED, 0), deleted.getOrDefault(Kind.DEAD, 0),
                    deleted.getOrDefault(Kind.EVENTS, 0), failed);
        }
        return new Run(Map.copyOf(deleted), failed);
    }
}

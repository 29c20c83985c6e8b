package org.citizenhub.supervision.notices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Escalates every notice whose reply is overdue to its department's head (部门负责人), every
 * {@code hub.supervision.notices.escalation-interval}, on one replica at a time (ShedLock lock {@value #LOCK}). Each
 * notice escalates in its own transaction: one that fails is logged and left for the next run, the others go on. A
 * notice escalates once (the query and the aggregate both check it), however often the job runs.
 */
@Component
class NoticeEscalation {

    static final String LOCK = "supervision-notice-escalation";
    private static final Logger log = LoggerFactory.getLogger(NoticeEscalation.class);

    /** What one run did. */
    record Run(int escalated, int failed) {
    }

    private final NoticeHandling handling;
    private final NoticesProperties properties;
    private final Clock clock;
    private final LockingTaskExecutor locks;

    NoticeEscalation(NoticeHandling handling, NoticesProperties properties, Clock clock, LockProvider lockProvider) {
        this.handling = handling;
        this.properties = properties;
        this.clock = clock;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
    }

    @Scheduled(fixedDelayString = "${hub.supervision.notices.escalation-interval:5m}",
            initialDelayString = "${hub.supervision.notices.escalation-interval:5m}")
    void scheduled() {
        Duration atMost = properties.escalationInterval().multipliedBy(2);
        locks.executeWithLock((Runnable) this::escalateOverdue,
                new LockConfiguration(clock.instant(), LOCK, atMost, Duration.ZERO));
    }

    /** One run without the lock (the caller makes sure no other replica runs one at the same time). */
    Run escalateOverdue() {
        Instant now = clock.instant();
        List<UUID> due = handling.dueForEscalation(now, properties.escalationBatchSize());
        int escalated = 0;
        int failed = 0;
        for (UUID id : due) {
            try {
                if (handling.escalate(id, now)) {
                    escalated++;
                }
            } catch (RuntimeException e) {
                // one broken notice must not keep the others from their department heads; it is tried next run
                failed++;
                log.warn("supervision notice {} not escalated; the others go on, it is tried again next run", id, e);
            }
        }
        if (escalated > 0 || failed > 0) {
            log.info("supervision notices: {} escalated to their department heads, {} failed", escalated, failed);
        }
        return new Run(escalated, failed);
    }
}

package org.citizenhub.casework.attachments;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes uploads nothing claimed within {@code hub.casework.attachments.unclaimed-retention}, every
 * {@code cleanup-interval}, on one replica at a time: ShedLock lock {@value #LOCK_NAME} through the service's
 * {@link LockProvider} (platform/events defines one on table {@code shedlock}), taken in code as the other
 * platform jobs do, so the service needs no {@code @EnableSchedulerLock} for it; it needs {@code @EnableScheduling}.
 */
public class AttachmentCleanup {

    public static final String LOCK_NAME = "casework-attachment-cleanup";
    private static final Logger log = LoggerFactory.getLogger(AttachmentCleanup.class);

    private final Attachments attachments;
    private final DefaultLockingTaskExecutor locks;
    private final Clock clock;

    public AttachmentCleanup(Attachments attachments, LockProvider lockProvider, Clock clock) {
        this.attachments = attachments;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.clock = clock;
    }

    /** One run, unless another replica holds the lock. Never throws: the next run tries again. */
    @Scheduled(fixedDelayString = "${hub.casework.attachments.cleanup-interval:1h}",
            initialDelayString = "${hub.casework.attachments.cleanup-interval:1h}")
    public void deleteExpiredUploads() {
        try {
            locks.executeWithLock((Runnable) attachments::deleteExpiredUploads,
                    new LockConfiguration(clock.instant(), LOCK_NAME, Duration.ofMinutes(10), Duration.ofMinutes(1)));
        } catch (RuntimeException e) {
            log.warn("Attachment cleanup failed; will try again at the next run", e);
        }
    }
}

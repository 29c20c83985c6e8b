package org.citizenhub.mailbox.attachment;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes uploads no letter claimed within {@code hub.mailbox.attachments.unclaimed-retention}, every
 * {@code cleanup-interval}, on one replica at a time (ShedLock lock {@value #LOCK_NAME}, table {@code shedlock} and
 * the lock provider of platform/events).
 */
@Component
class AttachmentCleanup {

    static final String LOCK_NAME = "mailbox-attachment-cleanup";

    private final Attachments attachments;

    AttachmentCleanup(Attachments attachments) {
        this.attachments = attachments;
    }

    @Scheduled(fixedDelayString = "${hub.mailbox.attachments.cleanup-interval:1h}",
            initialDelayString = "${hub.mailbox.attachments.cleanup-interval:1h}")
    @SchedulerLock(name = LOCK_NAME, lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    public void deleteExpiredUploads() {
        attachments.deleteExpiredUploads();
    }
}

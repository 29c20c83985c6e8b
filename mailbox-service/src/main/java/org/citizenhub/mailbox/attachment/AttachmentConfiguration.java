package org.citizenhub.mailbox.attachment;

import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs of the mailbox ({@link AttachmentCleanup}) run under ShedLock locks, with the {@code LockProvider}
 * that platform/events defines (table {@code shedlock}, database time).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class AttachmentConfiguration {
}

package org.citizenhub.survey.reviews;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Publishes the results of every review whose period has ended, so that publication never waits on someone
 * remembering. One instance at a time (ShedLock); one failing review does not stop the others.
 */
@Service
class PublishResultsAtClose {

    private static final Logger log = LoggerFactory.getLogger(PublishResultsAtClose.class);
    private static final String LOCK = "survey-reviews-publish-results";
    private static final int BATCH = 100;

    private final Reviews reviews;
    private final Clock clock;
    private final LockingTaskExecutor locks;

    PublishResultsAtClose(Reviews reviews, Clock clock, LockProvider lockProvider) {
        this.reviews = reviews;
        this.clock = clock;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
    }

    @Scheduled(fixedDelayString = "${hub.survey.reviews.publish-interval:5m}",
            initialDelayString = "${hub.survey.reviews.publish-interval:5m}")
    void scheduled() {
        locks.executeWithLock((Runnable) this::publishClosed,
                new LockConfiguration(clock.instant(), LOCK, Duration.ofMinutes(15), Duration.ZERO));
    }

    /** @return how many reviews had their results published */
    int publishClosed() {
        int published = 0;
        for (UUID id : reviews.dueForPublication(BATCH)) {
            try {
                if (reviews.publishResults(id)) {
                    published++;
                }
            } catch (RuntimeException e) {
                // published meanwhile by another path, or broken: the others are still published
                log.warn("results of review {} not published: {}", id, e.toString());
            }
        }
        return published;
    }
}

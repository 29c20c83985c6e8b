package org.citizenhub.mailbox.letter;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Emits the due-soon and overdue events of letters whose moment has come, once each. Runs on every replica but
 * only one at a time works (ShedLock lock {@value #LOCK}); each announcement also checks and sets a flag on the
 * letter under its optimistic lock, so even two overlapping runs cannot announce twice.
 */
@Component
class DeadlineWatch {

    static final String LOCK = "mailbox-deadline-watch";
    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);
    private static final int BATCH = 500;

    private final LetterHandling handling;
    private final DefaultLockingTaskExecutor locks;
    private final Clock clock;

    DeadlineWatch(LetterHandling handling, LockProvider lockProvider, Clock clock) {
        this.handling = handling;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${hub.mailbox.deadline-watch-interval:60s}",
            initialDelayString = "${hub.mailbox.deadline-watch-interval:60s}")
    void watch() {
        try {
            locks.executeWithLock((Runnable) () -> {
                int announced = handling.announceDeadlines(BATCH);
                if (announced > 0) {
                    log.info("Announced {} due-soon or overdue letters", announced);
                }
            }, new LockConfiguration(clock.instant(), LOCK, Duration.ofMinutes(5), Duration.ofSeconds(5)));
        } catch (RuntimeException e) {
            log.warn("Deadline watch failed; will try again at the next run", e);
        }
    }
}

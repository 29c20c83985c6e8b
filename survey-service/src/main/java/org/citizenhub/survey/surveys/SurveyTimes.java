package org.citizenhub.survey.surveys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * Announces surveys opening and closing at their times ({@code opened.v1}, {@code closed.v1} and the in-process
 * {@link SurveyClosed}) and mixes the anonymous pool into the responses once a batch has gathered. One instance at a
 * time (ShedLock); one failing survey does not stop the others.
 */
@Service
class SurveyTimes {

    private static final Logger log = LoggerFactory.getLogger(SurveyTimes.class);
    private static final String LOCK = "survey-surveys-times";

    private final Surveys surveys;
    private final Clock clock;
    private final LockingTaskExecutor locks;

    SurveyTimes(Surveys surveys, Clock clock, LockProvider lockProvider) {
        this.surveys = surveys;
        this.clock = clock;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
    }

    @Scheduled(fixedDelayString = "${hub.survey.surveys.announce-interval:1m}",
            initialDelayString = "${hub.survey.surveys.announce-interval:1m}")
    void scheduled() {
        locks.executeWithLock((Runnable) this::run,
                new LockConfiguration(clock.instant(), LOCK, Duration.ofMinutes(15), Duration.ZERO));
    }

    /** @return how many announcements went out and how many answers were mixed */
    int run() {
        Instant now = clock.instant();
        int done = 0;
        Set<UUID> failed = new HashSet<>();
        List<UUID> due;
        // in rounds of 100 until none is left; one that fails waits for the next run and does not block the others
        while (!(due = surveys.dueAnnouncements(now, failed)).isEmpty()) {
            for (UUID id : due) {
                try {
                    done += surveys.announce(id, now);
                } catch (RuntimeException e) {
                    failed.add(id);
                    log.warn("survey {} not announced: {}", id, e.toString());
                }
            }
        }
        for (UUID id : surveys.surveysToMix()) {
            try {
                done += surveys.mix(id);
            } catch (RuntimeException e) {
                log.warn("anonymous answers of survey {} not mixed: {}", id, e.toString());
            }
        }
        return done;
    }
}

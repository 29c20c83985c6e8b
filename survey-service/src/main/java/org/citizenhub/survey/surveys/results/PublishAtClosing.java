package org.citizenhub.survey.surveys.results;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

import org.citizenhub.survey.surveys.SurveyClosed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Publishes the results when a survey closes: on the in-process {@link SurveyClosed} event, after the closing
 * transaction committed (so every mixed anonymous answer is counted), and, for a closing whose event was missed
 * (process died, publication failed), a scheduled safety round (one instance at a time, ShedLock). One survey that
 * fails to publish never stops the others; publishing twice is harmless ({@link ResultsHandling#publish}).
 */
@Component
class PublishAtClosing {

    private static final Logger log = LoggerFactory.getLogger(PublishAtClosing.class);
    private static final String LOCK = "survey-results-publish-closed";

    private final ResultsHandling results;
    private final SurveyRecords surveys;
    private final Clock clock;
    private final LockingTaskExecutor locks;

    PublishAtClosing(ResultsHandling results, SurveyRecords surveys, Clock clock, LockProvider lockProvider) {
        this.results = results;
        this.surveys = surveys;
        this.clock = clock;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void closed(SurveyClosed closed) {
        try {
            results.publish(closed.surveyId());
        } catch (RuntimeException e) {
            // the safety round publishes it later
            log.warn("results of survey {} not published at closing: {}", closed.surveyId(), e.toString());
        }
    }

    @Scheduled(fixedDelayString = "${hub.survey.surveys.results.publish-interval:5m}",
            initialDelayString = "${hub.survey.surveys.results.publish-interval:5m}")
    void scheduled() {
        locks.executeWithLock((Runnable) this::publishClosed,
                new LockConfiguration(clock.instant(), LOCK, Duration.ofMinutes(15), Duration.ZERO));
    }

    /** @return how many surveys' results this round published */
    int publishClosed() {
        int published = 0;
        for (UUID id : surveys.closedUnpublished(clock.instant(), 100)) {
            try {
                if (results.publish(id)) {
                    published++;
                }
            } catch (RuntimeException e) {
                log.warn("results of survey {} not published: {}", id, e.toString());
            }
        }
        return published;
    }
}

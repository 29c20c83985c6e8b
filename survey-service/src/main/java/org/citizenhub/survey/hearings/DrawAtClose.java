package org.citizenhub.survey.hearings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

import org.citizenhub.audit.AuditActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Draws every hearing whose registration has closed and that no administrator has drawn yet, so the seats never wait
 * on someone remembering. One instance at a time (ShedLock); one failing hearing does not stop the others.
 */
@Service
class DrawAtClose {

    private static final Logger log = LoggerFactory.getLogger(DrawAtClose.class);
    private static final String LOCK = "survey-hearings-draw-at-close";
    static final AuditActor SYSTEM = new AuditActor("system", "survey-service");

    private final Hearings hearings;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final LockingTaskExecutor locks;

    DrawAtClose(Hearings hearings, JdbcClient jdbc, Clock clock, LockProvider lockProvider) {
        this.hearings = hearings;
        this.jdbc = jdbc;
        this.clock = clock;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
    }

    @Scheduled(fixedDelayString = "${hub.survey.hearings.draw-interval:5m}", initialDelayString = "${hub.survey.hearings.draw-interval:5m}")
    void scheduled() {
        locks.executeWithLock((Runnable) this::drawClosed,
                new LockConfiguration(clock.instant(), LOCK, Duration.ofMinutes(15), Duration.ZERO));
    }

    /** @return how many hearings were drawn */
    int drawClosed() {
        List<UUID> due = jdbc.sql("""
                        select id from survey_hearing where drawn_at is null and registration_closes_at <= ?
                        order by registration_closes_at limit 100""")
                .param(Timestamp.from(clock.instant())).query(UUID.class).list();
        int drawn = 0;
        for (UUID id : due) {
            try {
                hearings.draw(id, SYSTEM);
                drawn++;
            } catch (RuntimeException e) {
                // drawn meanwhile by an administrator, or broken: the others still get their seats
                log.warn("hearing {} not drawn: {}", id, e.toString());
            }
        }
        return drawn;
    }
}

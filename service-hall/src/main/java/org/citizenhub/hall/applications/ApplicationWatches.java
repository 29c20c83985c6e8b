package org.citizenhub.hall.applications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.citizenhub.casework.deadlines.DeadlineAnnouncer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two rounds platform/casework's DeadlineWatch runs for applications (each under its own ShedLock lock, one bad
 * application never stopping the others): due-soon / overdue of every running clock with the shared deadline
 * event, and 行政许可法 第三十二条 — an application nobody answered within five working days is accepted as of the
 * day of receipt.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationWatches {

    @Bean
    DeadlineAnnouncer<UUID> hallApplicationDeadlines(Applications applications) {
        return new DeadlineAnnouncer<>() {
            @Override
            public String name() {
                return "hall-applications";
            }

            @Override
            public List<UUID> dueCases(Instant now, int limit) {
                return applications.announcementsDue(now, limit);
            }

            @Override
            public int announce(UUID id, Instant now) {
                return applications.announce(id, now);
            }
        };
    }

    @Bean
    DeadlineAnnouncer<UUID> hallApplicationArt32(Applications applications) {
        return new DeadlineAnnouncer<>() {
            @Override
            public String name() {
                return "hall-application-art32";
            }

            @Override
            public List<UUID> dueCases(Instant now, int limit) {
                return applications.noticeOverdue(now, limit);
            }

            @Override
            public int announce(UUID id, Instant now) {
                return applications.deemAccepted(id, now);
            }
        };
    }
}

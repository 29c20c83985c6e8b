package org.citizenhub.supervision.notices;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.citizenhub.casework.deadlines.DeadlineAnnouncer;
import org.springframework.stereotype.Component;

/**
 * The notices platform/casework's DeadlineWatch looks at: a reply clock turning due soon or overdue goes out as the
 * shared {@code gov.hub.casework.deadline.*} event (service {@code supervision}, case type
 * {@code supervision-notice}), like any service's case deadline, so that it can show in the overdue view.
 */
@Component
class NoticeDeadlineAnnouncer implements DeadlineAnnouncer<UUID> {

    private final NoticeHandling handling;

    NoticeDeadlineAnnouncer(NoticeHandling handling) {
        this.handling = handling;
    }

    @Override
    public String name() {
        return "supervision-notices";
    }

    @Override
    public List<UUID> dueCases(Instant now, int limit) {
        return handling.dueAnnouncements(now, limit);
    }

    @Override
    public int announce(UUID id, Instant now) {
        return handling.announce(id, now);
    }
}

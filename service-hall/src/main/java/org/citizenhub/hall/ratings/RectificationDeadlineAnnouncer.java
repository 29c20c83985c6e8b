package org.citizenhub.hall.ratings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.citizenhub.casework.deadlines.DeadlineAnnouncer;
import org.springframework.stereotype.Component;

/**
 * The rectifications (回访整改) platform/casework's DeadlineWatch looks at: due soon and overdue, announced with the
 * shared {@code gov.hub.casework.deadline.*} event (service {@code hall}, case type {@code rating-rectification},
 * tracking number the rating number).
 */
@Component
class RectificationDeadlineAnnouncer implements DeadlineAnnouncer<UUID> {

    private final RatingHandling handling;

    RectificationDeadlineAnnouncer(RatingHandling handling) {
        this.handling = handling;
    }

    @Override
    public String name() {
        return "hall-rating-rectifications";
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

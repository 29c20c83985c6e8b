package org.citizenhub.survey.drafts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.citizenhub.casework.deadlines.DeadlineAnnouncer;
import org.springframework.stereotype.Component;

/**
 * The drafts platform/casework's DeadlineWatch looks at: the closing itself ({@code closed.v1} goes out in the
 * watch's round, so no second scheduler) and the feedback clock's due soon / overdue, announced with the shared
 * {@code gov.hub.casework.deadline.*} event (service {@code survey}, case type {@code draft-feedback}).
 */
@Component
class FeedbackDeadlineAnnouncer implements DeadlineAnnouncer<UUID> {

    private final DraftHandling handling;

    FeedbackDeadlineAnnouncer(DraftHandling handling) {
        this.handling = handling;
    }

    @Override
    public String name() {
        return "survey-draft-feedback";
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

package org.citizenhub.consultation.cases;


import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.citizenhub.casework.deadlines.DeadlineAnnouncer;
import org.springframework.stereotype.Component;

/**
 * The cases platform/casework's DeadlineWatch looks at: due soon / overdue of every running clock (the case's own
 * and each co-handler's), announced with the shared {@code gov.hub.casework.deadline.*} event.
 */
@Component
class CaseDeadlineAnnouncer implements DeadlineAnnouncer<UUID> {

    private final CaseHandling handling;

    CaseDeadlineAnnouncer(CaseHandling handling) {
        this.handling = handling;
    }

    @Override
    public String name() {
        return "consultation-cases";
    }

    @Override
    public List<UUID> dueCases(Instant now, int limit) {
        return handling.dueAnnouncements(now, limit);
    }

    @Override
    public int announce(UUID caseId, Instant now) {
        return handling.announce(caseId, now);
    }
}

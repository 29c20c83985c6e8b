package org.citizenhub.mailbox.letter;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.citizenhub.casework.deadlines.DeadlineAnnouncer;
import org.springframework.stereotype.Component;

/**
 * The letters' part of the casework core's {@code DeadlineWatch} (every {@code hub.casework.deadline-watch.interval},
 * one replica at a time under the ShedLock lock {@code deadline-watch-mailbox-letters}): which letters have a
 * due-soon or overdue moment to announce, and the announcement of one letter in its own transaction. A letter whose
 * announcement fails is counted, logged and tried again later by the watch; it never stops the others.
 */
@Component
class LetterDeadlineAnnouncer implements DeadlineAnnouncer<UUID> {

    static final String NAME = "mailbox-letters";

    private final LetterHandling handling;

    LetterDeadlineAnnouncer(LetterHandling handling) {
        this.handling = handling;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<UUID> dueCases(Instant now, int limit) {
        return handling.deadlinesToAnnounce(now, limit);
    }

    @Override
    public int announce(UUID letterId, Instant now) {
        return handling.announceDeadline(letterId, now);
    }
}

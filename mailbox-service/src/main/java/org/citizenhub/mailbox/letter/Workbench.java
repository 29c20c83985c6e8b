package org.citizenhub.mailbox.letter;

import java.util.List;

import org.citizenhub.casework.actor.Actor;
import org.springframework.stereotype.Service;

/** The staff's queues, each limited to what the asking role may see. */
@Service
public class Workbench {

    private final LetterRepository letters;
    private final LetterHandling handling;

    Workbench(LetterRepository letters, LetterHandling handling) {
        this.letters = letters;
        this.handling = handling;
    }

    /** The mailbox office's letters to screen and to assign (mailboxes owned by the handler's department). */
    public List<LetterViews.QueueItem> officeQueue(Actor handler, int page, int size) {
        return items(letters.officeQueue(handler.department(), page, size));
    }

    /** The handler's department's letters in hand, nearest deadline first. */
    public List<LetterViews.QueueItem> departmentQueue(Actor handler, int page, int size) {
        return items(letters.departmentQueue(handler.department(), page, size));
    }

    /** Replies waiting for review, within the reviewer's scope (see {@link LetterAccess}). */
    public List<LetterViews.QueueItem> reviewQueue(Staff reviewer, int page, int size) {
        return items(letters.reviewQueue(handling.scopeOf(reviewer), page, size));
    }

    /**
     * Overdue and due-soon letters, most urgent first (督办): every department's for a hub-wide supervisor, those of
     * the site's subtree for a site supervisor (see {@link LetterAccess}).
     */
    public List<LetterViews.QueueItem> supervision(Staff supervisor, int page, int size) {
        return items(letters.urgent(handling.now(), handling.scopeOf(supervisor), page, size));
    }

    private List<LetterViews.QueueItem> items(List<Letter> found) {
        var time = handling.workingTime();
        var now = handling.now();
        return found.stream().map(letter -> LetterViews.QueueItem.of(letter, time, now,
                handling.siteOf(letter.state().mailboxOwner()), handling.siteOf(letter.state().department()))).toList();
    }
}

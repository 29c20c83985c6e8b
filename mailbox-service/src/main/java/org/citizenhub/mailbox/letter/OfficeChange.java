package org.citizenhub.mailbox.letter;

import org.citizenhub.casework.actor.Actor;
import org.citizenhub.mailbox.mailbox.MailboxAdministration.OfficeChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a mailbox gets a new owner department, its office's letters that are not finished follow (policy
 * {@code unfinishedLettersFollowTheOffice}): letters still to be screened or assigned would otherwise sit in a
 * queue nobody works on, and letters in handling would lose the office that may transfer them. Finished letters
 * keep the office that had them. Runs in the mailbox change's transaction.
 */
@Component
class OfficeChange {

    private final LetterHandling handling;

    OfficeChange(LetterHandling handling) {
        this.handling = handling;
    }

    @EventListener
    void officeChanged(OfficeChanged change) {
        // the administrator acts as the system on the letters: recorded with their id and name, in no staff role
        var administrator = new Actor(change.adminSubject(), change.adminUsername(), Actor.Role.SYSTEM, null);
        handling.moveToNewOffice(administrator, change.mailbox(), change.fromOffice(), change.toOffice());
    }
}

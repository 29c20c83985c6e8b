package org.citizenhub.mailbox.letter;

import java.util.Set;

import org.citizenhub.casework.actor.Actor;
import org.citizenhub.web.security.DepartmentScope;

/**
 * Who sees a letter (policy {@code staffSeeTheirScope}): a supervisor (督办) every letter; a handler or a reviewer
 * the letters their department handles and the letters of the mailboxes their department owns (its office
 * screens them, its reviewers review their replies); a reviewer or handler without a department nothing; a
 * citizen only their own. Whoever may not see a letter is told it does not exist (404).
 */
final class LetterAccess {

    private LetterAccess() {
    }

    /** The departments whose letters the actor sees. */
    static DepartmentScope scopeOf(Actor actor) {
        return switch (actor.role()) {
            case SUPERVISOR, SYSTEM -> DepartmentScope.all();
            case HANDLER, REVIEWER -> actor.department() == null ? DepartmentScope.none()
                    : DepartmentScope.ofDepartments(Set.of(actor.department()));
            case CITIZEN -> DepartmentScope.none();
        };
    }

    static boolean maySee(Actor actor, Letter letter) {
        if (actor.role() == Actor.Role.CITIZEN) {
            return letter.isWrittenBy(actor.id());
        }
        return scopeOf(actor).canSeeAny(letter.state().department(), letter.state().mailboxOwner());
    }
}

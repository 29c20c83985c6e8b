package org.citizenhub.mailbox.letter;

import java.util.Objects;

import org.citizenhub.casework.actor.Actor;

/**
 * Someone acting on letters: the {@link Actor} the aggregate checks, and the site (集约化) their token names, if any.
 * The site widens what a site supervisor or site reviewer sees to the departments of that site's subtree (see
 * {@link LetterAccess}); the aggregate's rules never look at it.
 *
 * @param actor the person in the role they act in
 * @param site  the site code of the token's {@code site} claim; null for hub-wide staff, handlers and citizens
 */
public record Staff(Actor actor, String site) {

    public Staff {
        Objects.requireNonNull(actor, "actor");
        site = site == null || site.isBlank() ? null : site;
    }

    /** Someone whose token names no site (or whose role ignores it: handlers, citizens). */
    public static Staff of(Actor actor) {
        return new Staff(actor, null);
    }
}

package org.citizenhub.mailbox.letter;

import java.util.Set;

import org.citizenhub.casework.actor.Actor;
import org.citizenhub.web.security.DepartmentScope;
import org.citizenhub.web.security.SiteTree;

/**
 * Who sees a letter (policy {@code staffSeeTheirScope}): a hub-wide supervisor (督办, no site in the token) every
 * letter; a handler or a reviewer the letters their department handles and the letters of the mailboxes their
 * department owns (its office screens them, its reviewers review their replies); a reviewer or handler without a
 * department nothing; a citizen only their own.
 *
 * <p>Sites (集约化, policy {@code siteStaffSeeTheirSiteSubtree}): a supervisor whose token names a site sees exactly
 * the letters handled by, or sent to a mailbox owned by, a department of that site's subtree (a city's supervisor
 * its districts' too, a district's supervisor only the district); a reviewer whose token names a site additionally
 * sees those. A department unknown to the site directory belongs to no site, so site staff never see its letters.
 * Whoever may not see a letter is told it does not exist (404): two districts never learn of each other's letters.
 */
final class LetterAccess {

    private LetterAccess() {
    }

    /** The departments whose letters the staff member sees. */
    static DepartmentScope scopeOf(Staff staff, SiteTree sites) {
        Actor actor = staff.actor();
        return switch (actor.role()) {
            case SYSTEM -> DepartmentScope.all();
            case SUPERVISOR -> staff.site() == null ? DepartmentScope.all()
                    : DepartmentScope.ofSite(staff.site(), sites);
            case REVIEWER -> ownDepartment(actor).union(staff.site() == null ? DepartmentScope.none()
                    : DepartmentScope.ofSite(staff.site(), sites));
            case HANDLER -> ownDepartment(actor);
            case CITIZEN -> DepartmentScope.none();
        };
    }

    static boolean maySee(Staff staff, SiteTree sites, Letter letter) {
        if (staff.actor().role() == Actor.Role.CITIZEN) {
            return letter.isWrittenBy(staff.actor().id());
        }
        return scopeOf(staff, sites).canSeeAny(letter.state().department(), letter.state().mailboxOwner());
    }

    private static DepartmentScope ownDepartment(Actor actor) {
        return actor.department() == null ? DepartmentScope.none()
                : DepartmentScope.ofDepartments(Set.of(actor.department()));
    }
}

package org.citizenhub.casework.actor;

import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.citizenhub.web.security.HubRoles;

/**
 * The {@link Actor} a request acts as, from the caller's token ({@link CurrentUser}); one place for every
 * controller of every case service.
 */
public final class Actors {

    private Actors() {
    }

    public static Actor citizen(CurrentUser user) {
        return new Actor(user.subject(), user.username(), Actor.Role.CITIZEN, null);
    }

    /** A handler acts for the department in their token; without one they may not act at all (403). */
    public static Actor handler(CurrentUser user) {
        String department = user.departmentCode().orElseThrow(() -> new HubProblem(CommonProblem.FORBIDDEN));
        return new Actor(user.subject(), user.username(), Actor.Role.HANDLER, department);
    }

    /** The user in the given role, with the department of their token (may be null). */
    public static Actor as(CurrentUser user, Actor.Role role) {
        return new Actor(user.subject(), user.username(), role, user.department());
    }

    /**
     * The strongest staff role the user holds, for reading: supervisor, then reviewer, then handler (which needs
     * a department, else 403).
     */
    public static Actor staff(CurrentUser user) {
        if (user.hasRole(HubRoles.SUPERVISOR)) {
            return as(user, Actor.Role.SUPERVISOR);
        }
        if (user.hasRole(HubRoles.REVIEWER)) {
            return as(user, Actor.Role.REVIEWER);
        }
        return handler(user);
    }
}

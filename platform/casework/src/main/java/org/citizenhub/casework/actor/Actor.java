package org.citizenhub.casework.actor;

import java.util.Objects;

/**
 * Who takes a step on a case, as a case aggregate needs to know it: a person (or the system) in a role, and for
 * staff the department they work in. Plain Java, so aggregates can take it without knowing about tokens.
 *
 * @param id         stable id of the person (the token subject), {@code system} for the system
 * @param name       display name; the id when none is known
 * @param role       the role the person acts in for this step
 * @param department the department a staff member acts for; null for citizens and the system
 */
public record Actor(String id, String name, Role role, String department) {

    public enum Role { CITIZEN, HANDLER, REVIEWER, SUPERVISOR, SYSTEM }

    /** The hub itself, e.g. the deadline watch announcing an overdue case. */
    public static final Actor SYSTEM = new Actor("system", "系统", Role.SYSTEM, null);

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        name = name == null ? id : name;
    }

    /** Whether this actor is a handler working for {@code departmentCode}. */
    public boolean isHandlerOf(String departmentCode) {
        return role == Role.HANDLER && departmentCode != null && departmentCode.equals(department);
    }

    public boolean isCitizen() {
        return role == Role.CITIZEN;
    }

    /** Handler, reviewer or supervisor: back-office staff. */
    public boolean isStaff() {
        return role == Role.HANDLER || role == Role.REVIEWER || role == Role.SUPERVISOR;
    }
}

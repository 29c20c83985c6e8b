package org.citizenhub.mailbox.letter;

import java.util.Objects;

/**
 * Who takes a step on a letter, as the aggregate needs to know it: a person (or the system) in a role, and for
 * staff the department they work in.
 */
public record Actor(String id, String name, Role role, String department) {

    public enum Role { CITIZEN, HANDLER, REVIEWER, SUPERVISOR, SYSTEM }

    public static final Actor SYSTEM = new Actor("system", "系统", Role.SYSTEM, null);

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        name = name == null ? id : name;
    }

    public boolean isHandlerOf(String departmentCode) {
        return role == Role.HANDLER && departmentCode != null && departmentCode.equals(department);
    }
}
